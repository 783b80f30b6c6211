{#
    What the unmapped figures measure, most frequent first: the words before each unmapped
    figure, grouped with its unit. The top rows are the surface forms the lexicon misses.
#}
with mentions as (

    select * from {{ ref('fct_unmapped_quantity') }}
    where context is not null

)

select
    context,
    unit,
    count(*) as mentions,
    count(distinct document_id) as documents,
    arg_min(sentence, document_id || ':' || lpad(cast(coalesce(char_start, 0) as varchar), 10, '0')) as example_sentence
from mentions
group by context, unit
order by mentions desc, documents desc, context, unit
