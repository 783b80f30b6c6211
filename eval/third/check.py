"""Consistency checks for eval/third (run from anywhere): docs exist, evidence and raw_text
are exact substrings, values parse, codes are the contract's core codes, <=2 docs a province."""
import csv, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
CONTRACT = os.path.join(HERE, '..', '..', 'docs', 'CONTRACT.md')
text = open(CONTRACT, encoding='utf-8').read()
core = text.split('## Core indicators', 1)[1].split('## Views', 1)[0]
codes = set(re.findall(r'^\|\s*([a-z_0-9]+)\s*\|', core, re.M)) - {'indicator_code'}
units = {'yuan', 'count', 'percent', 'rank', 'per_10k_people', 'sqm'}
errors = []
index = list(csv.DictReader(open(os.path.join(HERE, 'INDEX.tsv'), encoding='utf-8'), delimiter='\t'))
files = {r['file'] for r in index}
docs = {}
for r in index:
    p = os.path.join(HERE, 'docs', r['file'])
    if not os.path.exists(p):
        errors.append('missing doc ' + r['file'])
    else:
        docs[r['file']] = open(p, encoding='utf-8').read()
prov = collections.Counter(r['province_zh'] for r in index)
for p, n in prov.items():
    if n > 2:
        errors.append('province %s has %d docs' % (p, n))
rows = list(csv.DictReader(open(os.path.join(HERE, 'gold.csv'), encoding='utf-8')))
cities = {r['file']: r['city_zh'] for r in index}
for i, r in enumerate(rows, 2):
    d = r['doc_file']
    if d not in docs:
        errors.append('line %d: doc %s not in docs/INDEX' % (i, d)); continue
    if r['city_zh'] != cities[d]:
        errors.append('line %d: city %s != INDEX %s' % (i, r['city_zh'], cities[d]))
    if r['evidence'] not in docs[d]:
        errors.append('line %d: evidence not in doc: %r' % (i, r['evidence']))
    if r['raw_text'] not in r['evidence'] and r['raw_text'] not in docs[d]:
        errors.append('line %d: raw_text not found: %r' % (i, r['raw_text']))
    try:
        float(r['value']); int(r['year'])
    except ValueError:
        errors.append('line %d: value/year does not parse' % i)
    if r['indicator_code'] not in codes:
        errors.append('line %d: code %s not core' % (i, r['indicator_code']))
    if r['unit'] not in units: errors.append('line %d: unit %s' % (i, r['unit']))
    if r['kind'] not in ('actual', 'target'): errors.append('line %d: kind' % i)
    if r['measure'] not in ('level', 'increment', 'growth_pct', 'share_pct', 'rank'): errors.append('line %d: measure' % i)
    if r['comparator'] not in ('eq', 'gte', 'lte', 'approx'): errors.append('line %d: comparator' % i)
    if r['ambiguous'] not in ('0', '1'): errors.append('line %d: ambiguous' % i)
keys = collections.Counter((r['doc_file'], r['year'], r['indicator_code'], r['kind'], r['measure'], r['qualifier'], r['value']) for r in rows)
for k, n in keys.items():
    if n > 1: errors.append('duplicate fact %r' % (k,))
print('docs %d, provinces %d, gold rows %d, unambiguous %d, docs with rows %d' % (
    len(docs), len(prov), len(rows), sum(r['ambiguous'] == '0' for r in rows), len({r['doc_file'] for r in rows})))
print('core codes in contract:', len(codes))
for e in errors: print('ERROR', e)
sys.exit(1 if errors else 0)
