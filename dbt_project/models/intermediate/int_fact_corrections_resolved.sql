{#
    Each correction against this build's facts: one row per correction and fact it touches.

    reject: the fact with that fact_id, else every fact mentioned at document_id, char_start and
    char_end (a figure that gave two facts gives two rows). add: a new fact at the offsets, its
    raw_text and sentence taken from the document, its fact_id made by the recipe of
    int_fact_mentions. A correction that cannot apply (a fact no longer extracted, offsets that
    no longer hold the figure, a missing field, a fact already extracted) is kept with
    is_applied = false and a reason, so that a stale correction shows instead of vanishing.
#}
{%- set fact_key = [
    'document_id', 'indicator_code', 'year', 'kind', 'measure',
    'qualifier', 'comparator', stable_number('value'),
] %}

with corrections as (

    select * from {{ ref('stg_corrections__fact_corrections') }}
    qualify row_number() over (partition by correction_id order by corrected_on desc nulls last) = 1

),

facts as (

    select * from {{ ref('int_facts_deduplicated') }}

),

mentions as (

    select distinct document_id, char_start, char_end, fact_id from {{ ref('int_fact_mentions') }}

),

documents as (

    select document_id, document_text, status from {{ ref('stg_raw__documents') }}

),

sentences as (

    select * from {{ ref('stg_raw__sentences') }}

),

indicators as (

    select * from {{ ref('stg_lexicon__indicators') }}

),

rejection_targets as (

    select
        corrections.correction_id,
        coalesce(by_id.fact_id, by_position.fact_id) as fact_id
    from corrections
    left join facts as by_id
        on corrections.fact_id = by_id.fact_id
    left join mentions as by_position
        on corrections.fact_id is null
        and corrections.document_id = by_position.document_id
        and corrections.char_start = by_position.char_start
        and corrections.char_end = by_position.char_end
    where corrections.action = 'reject'

),

rejections as (

    select
        corrections.correction_id,
        corrections.action,
        coalesce(facts.document_id, corrections.document_id) as document_id,
        coalesce(facts.fact_id, corrections.fact_id) as fact_id,
        facts.indicator_code,
        facts.year,
        facts.kind,
        facts.measure,
        facts.comparator,
        facts.value,
        facts.unit,
        facts.qualifier,
        facts.raw_text,
        facts.sentence,
        coalesce(facts.char_start, corrections.char_start) as char_start,
        coalesce(facts.char_end, corrections.char_end) as char_end,
        corrections.corrected_by,
        corrections.corrected_on,
        corrections.reason,
        case
            when facts.fact_id is not null then null
            when corrections.fact_id is not null
                then 'no extracted fact has this fact_id (the document or the extraction changed?)'
            when corrections.document_id is null or corrections.char_start is null
                or corrections.char_end is null
                then 'give a fact_id, or document_id with char_start and char_end'
            else 'no extracted fact at these offsets (the document or the extraction changed?)'
        end as not_applied_reason
    from corrections
    inner join rejection_targets
        on corrections.correction_id = rejection_targets.correction_id
    left join facts
        on rejection_targets.fact_id = facts.fact_id

),

rejected as (

    select distinct fact_id from rejections where not_applied_reason is null

),

additions_located as (

    select
        corrections.*,
        case
            when corrections.measure in ('growth_pct', 'share_pct') then 'percent'
            when corrections.measure = 'rank' then 'rank'
            else indicators.unit
        end as expected_unit,
        documents.document_id is not null as document_found,
        indicators.indicator_code is not null as indicator_known,
        length(documents.document_text) as text_length,
        substr(
            documents.document_text,
            corrections.char_start + 1,
            corrections.char_end - corrections.char_start
        ) as text_at_offsets,
        sentences.sentence_text
    from corrections
    left join documents
        on corrections.document_id = documents.document_id
        and documents.status = 'ok'
    left join indicators
        on corrections.indicator_code = indicators.indicator_code
    left join sentences
        on corrections.document_id = sentences.document_id
        and corrections.char_start >= sentences.char_start
        and corrections.char_start < sentences.char_end
    where corrections.action = 'add'
    qualify row_number() over (
        partition by corrections.correction_id order by sentences.char_start
    ) = 1

),

additions_keyed as (

    select
        {{ stable_id(fact_key) }} as new_fact_id,
        coalesce(unit, expected_unit) as fact_unit,
        *
    from additions_located

),

additions_checked as (

    select
        correction_id,
        action,
        document_id,
        new_fact_id as fact_id,
        indicator_code,
        year,
        kind,
        measure,
        comparator,
        value,
        fact_unit as unit,
        qualifier,
        coalesce(text_at_offsets, raw_text) as raw_text,
        sentence_text as sentence,
        char_start,
        char_end,
        corrected_by,
        corrected_on,
        reason,
        case
            when document_id is null or char_start is null or char_end is null
                or indicator_code is null or year is null or kind is null or measure is null
                or value is null
                then 'to add a fact give document_id, char_start, char_end, indicator_code, '
                    || 'year, kind, measure and value (numbers as numbers)'
            when not document_found then 'no ok document with this document_id'
            when char_start < 0 or char_end <= char_start or char_end > text_length
                then 'offsets outside the document text'
            when raw_text is not null and raw_text <> text_at_offsets
                then 'raw_text is not the text at these offsets (found ' || text_at_offsets || ')'
            when not indicator_known then 'indicator_code not in the lexicon'
            when kind not in ('actual', 'target') then 'kind must be actual or target'
            when measure not in ('level', 'increment', 'growth_pct', 'share_pct', 'rank')
                then 'measure must be level, increment, growth_pct, share_pct or rank'
            when comparator not in ('eq', 'gte', 'lte', 'approx')
                then 'comparator must be eq, gte, lte or approx'
            when fact_unit is distinct from expected_unit
                then 'unit ' || fact_unit || ' does not fit a ' || measure || ' of '
                    || indicator_code || ' (' || expected_unit || ')'
            when new_fact_id in (
                select fact_id from facts where fact_id not in (select fact_id from rejected)
            ) then 'already extracted (fact_id ' || new_fact_id || ')'
        end as problem
    from additions_keyed

),

additions as (

    select
        * exclude (problem),
        case
            when problem is not null then problem
            when row_number() over (
                partition by fact_id, problem is null order by correction_id
            ) > 1 then 'the same fact is added by another correction'
        end as not_applied_reason
    from additions_checked

),

other_actions as (

    select
        correction_id,
        action,
        document_id,
        fact_id,
        indicator_code,
        year,
        kind,
        measure,
        comparator,
        value,
        unit,
        qualifier,
        raw_text,
        cast(null as varchar) as sentence,
        char_start,
        char_end,
        corrected_by,
        corrected_on,
        reason,
        'action must be reject or add' as not_applied_reason
    from corrections
    where action is null or action not in ('reject', 'add')

),

resolved as (

    select * from rejections
    union all
    select * from additions
    union all
    select * from other_actions

)

select
    *,
    not_applied_reason is null as is_applied
from resolved
