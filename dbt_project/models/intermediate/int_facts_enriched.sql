{#
    Distinct facts (after the analysts' corrections) with their document's city and status,
    whether the lexicon knows their indicator, and whether they agree with their document
    (vars in dbt_project.yml, read by the blocking consistency check too): an actual within
    actual_lookback_years up to the report year (or the year the text calls 今年), a target
    between the report year and target_horizon_years past the plan year, standing in a plan
    section or saying it is one. The marts split on these flags: known indicator from an ok
    document and consistent -> fct_indicator_value; the rest of an ok document's facts ->
    fct_unmapped_quantity, with the reason. Facts an analyst added are taken as they are.
#}
with facts as (

    select * from {{ ref('int_facts_corrected') }}

),

documents as (

    select * from {{ ref('int_documents_with_city') }}

),

indicators as (

    select * from {{ ref('stg_lexicon__indicators') }}

),

sentences as (

    select document_id, section, char_start, char_end from {{ ref('stg_raw__sentences') }}

),

dated as (

    select
        facts.*,
        documents.city_id,
        documents.published_on as document_published_on,
        documents.report_year as document_report_year,
        documents.status as document_status,
        coalesce(documents.status = 'ok', false) as is_from_ok_document,
        indicators.indicator_code is not null as is_known_indicator,
        indicators.unit as indicator_unit,
        case
            when facts.kind = 'target'
                then coalesce(documents.report_year, documents.plan_year - 1)
            else coalesce(documents.report_year, documents.plan_year - 1)
                - {{ var('actual_lookback_years') }}
        end as earliest_year,
        case
            when facts.kind = 'target'
                then coalesce(documents.plan_year, documents.report_year + 1)
                    + {{ var('target_horizon_years') }}
            else greatest(
                coalesce(documents.report_year, documents.plan_year - 1), documents.current_year
            )
        end as latest_year,
        documents.report_year,
        sentences.section
    from facts
    left join documents
        on facts.document_id = documents.document_id
    left join indicators
        on facts.indicator_code = indicators.indicator_code
    left join sentences
        on facts.document_id = sentences.document_id
        and facts.char_start >= sentences.char_start
        and facts.char_end <= sentences.char_end
    qualify row_number() over (partition by facts.fact_id order by sentences.char_start) = 1

)

select
    * exclude (earliest_year, latest_year, report_year, section),
    case
        when correction = 'added' then null
        when year < earliest_year then 'year_before_document'
        when year > latest_year then 'year_after_document'
        when kind = 'target'
            and section is distinct from 'plan'
            and not regexp_matches(
                coalesce(sentence, ''),
                '{{ var("target_words") | join("|") }}'
            )
            and not coalesce(year > report_year and contains(sentence, year::varchar || '年'), false)
            then 'target_without_evidence'
    end as inconsistency
from dated
