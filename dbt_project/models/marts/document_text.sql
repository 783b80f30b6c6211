{#
    The normalised text of every document, the text that fct_indicator_value's and
    fct_unmapped_quantity's char_start and char_end index: substring(text, char_start + 1,
    char_end - char_start) is the fact's raw_text. Kept in the warehouse so that users and the
    provenance check can follow any figure back to its characters.
#}
{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='fail',
        pre_hook="{{ delete_changed_documents() }}",
    )
}}
{#- per document: see macros/changed_documents.sql #}
with documents as (

    select * from {{ ref('stg_raw__documents') }}

),

sentences as (

    select
        document_id,
        count(*) as sentence_count
    from {{ ref('stg_raw__sentences') }}
    group by document_id

)

select
    documents.document_id,
    documents.source_file,
    documents.content_hash,
    documents.status,
    cast(length(documents.document_text) as integer) as char_count,
    cast(coalesce(sentences.sentence_count, 0) as integer) as sentence_count,
    documents.document_text as text
from documents
left join sentences
    on documents.document_id = sentences.document_id
where true
    {{- only_changed_documents('documents.document_id') }}
order by documents.source_file, documents.document_id
