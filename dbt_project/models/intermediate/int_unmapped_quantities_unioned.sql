{#
    Every number-with-unit mention that maps to no known indicator: the extractor's unmapped
    mentions (one row per position), the facts whose indicator_code the lexicon does not
    know and the facts their document contradicts (int_facts_enriched.inconsistency), from ok
    documents only. A figure an analyst added as a fact (fact_corrections) is no
    longer unmapped.
#}
with unmapped as (

    select * from {{ ref('stg_raw__unmapped') }}

),

documents as (

    select * from {{ ref('int_documents_with_city') }}

),

added_by_analysts as (

    select document_id, char_start, char_end from {{ ref('int_fact_corrections_resolved') }}
    where action = 'add' and is_applied

),

unmapped_distinct as (

    select
        {{ stable_id(['document_id', 'char_start', 'char_end', 'raw_text']) }} as unmapped_id,
        *
    from unmapped
    qualify row_number() over (
        partition by document_id, char_start, char_end, raw_text
        order by context nulls last, year nulls last, kind
    ) = 1

),

from_extractor as (

    select
        unmapped_distinct.unmapped_id,
        'no_indicator' as unmapped_reason,
        unmapped_distinct.document_id,
        documents.city_id,
        unmapped_distinct.year,
        unmapped_distinct.kind,
        cast(null as varchar) as indicator_code,
        cast(null as varchar) as measure,
        cast(null as varchar) as comparator,
        cast(null as varchar) as qualifier,
        unmapped_distinct.value,
        unmapped_distinct.unit,
        unmapped_distinct.raw_text,
        unmapped_distinct.context,
        unmapped_distinct.sentence,
        unmapped_distinct.char_start,
        unmapped_distinct.char_end
    from unmapped_distinct
    inner join documents
        on unmapped_distinct.document_id = documents.document_id
    where documents.status = 'ok'
        and not exists (
            select 1 from added_by_analysts
            where added_by_analysts.document_id = unmapped_distinct.document_id
                and added_by_analysts.char_start = unmapped_distinct.char_start
                and added_by_analysts.char_end = unmapped_distinct.char_end
        )

),

facts_left_out as (

    -- facts of an ok document that fct_indicator_value does not take: an indicator the
    -- lexicon does not know, or a year or kind its document contradicts (a misread year, or
    -- a document dated wrongly), each kept here with the reason
    select
        fact_id as unmapped_id,
        case
            when not is_known_indicator then 'unknown_indicator_code' else inconsistency
        end as unmapped_reason,
        document_id,
        city_id,
        year,
        kind,
        indicator_code,
        measure,
        comparator,
        qualifier,
        value,
        unit,
        raw_text,
        cast(null as varchar) as context,
        sentence,
        char_start,
        char_end
    from {{ ref('int_facts_enriched') }}
    where is_from_ok_document and (not is_known_indicator or inconsistency is not null)

)

select * from from_extractor
union all
select * from facts_left_out
