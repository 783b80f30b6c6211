{#
    Every fact's unit is the one its indicator and measure call for: the indicator's unit
    (dim_indicator.unit) for level and increment figures, percent for growth_pct and share_pct,
    rank for rank. Applied to the unit column of a fact table; fails on each mismatching row.
#}
{% test unit_matches_indicator(model, column_name, to, indicator_column='indicator_code', measure_column='measure') %}

with facts as (

    select * from {{ model }}

),

indicators as (

    select indicator_code, unit from {{ to }}

),

checked as (

    select
        facts.*,
        case
            when facts.{{ measure_column }} in ('growth_pct', 'share_pct') then 'percent'
            when facts.{{ measure_column }} = 'rank' then 'rank'
            else indicators.unit
        end as expected_unit
    from facts
    left join indicators
        on facts.{{ indicator_column }} = indicators.indicator_code

)

select *
from checked
where expected_unit is null
    or {{ column_name }} is distinct from expected_unit

{% endtest %}
