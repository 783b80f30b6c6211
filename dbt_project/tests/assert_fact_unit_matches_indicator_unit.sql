{#
    Singular test: a level or increment figure of an indicator is in exactly the indicator's unit
    from dim_indicator (257.4亿元 of rd_expenditure is stored in yuan, 269家 高企 in count).
    Growth and share figures are percent, ranks are rank (checked by the generic
    unit_matches_indicator test on fct_indicator_value.unit).
#}
select
    facts.fact_id,
    facts.indicator_code,
    facts.measure,
    facts.unit as fact_unit,
    indicators.unit as indicator_unit,
    facts.raw_text
from {{ ref('fct_indicator_value') }} as facts
inner join {{ ref('dim_indicator') }} as indicators
    on facts.indicator_code = indicators.indicator_code
where facts.measure in ('level', 'increment')
    and facts.unit is distinct from indicators.unit
