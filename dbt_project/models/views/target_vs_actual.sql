{#
    The view analysts and BI tools query, over the table int_target_vs_actual
    (models/intermediate/answers/) that every build computes: reading it is a scan of that
    table, not the query again. Its description and its columns' are DuckDB comments
    (_views__models.yml).
#}
select * from {{ ref('int_target_vs_actual') }}
