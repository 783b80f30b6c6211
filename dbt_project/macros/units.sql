{#
    Unit handling. The extraction already emits canonical units (yuan, count, percent, rank,
    per_10k_people, sqm); these macros let staging normalise defensively when a raw unit label
    (万元, 亿元, %, ‰ ...) slips through, and document the conversions in one tested place.
#}

{% macro money_unit_multipliers() -%}
    {{ return({
        '元': 1,
        'yuan': 1,
        '千元': 1000,
        '万元': 10000,
        '百万元': 1000000,
        '千万元': 10000000,
        '亿元': 100000000,
        '万亿元': 1000000000000,
    }) }}
{%- endmacro %}

{% macro percent_unit_divisors() -%}
    {{ return({
        '%': 1,
        '％': 1,
        'percent': 1,
        '个百分点': 1,
        '百分点': 1,
        '‰': 10,
    }) }}
{%- endmacro %}

{# Convert an amount of money given in `unit_expr` (元/万元/亿元/万亿元...) to yuan. NULL for any other unit.
   Rounded to the fen so that 1.4079亿元 gives exactly 140790000. #}
{% macro to_yuan(value, unit_expr) -%}
    case trim({{ unit_expr }})
    {%- for label, factor in money_unit_multipliers().items() %}
        when '{{ label }}' then round(cast({{ value }} as double) * {{ factor }}, 2)
    {%- endfor %}
    end
{%- endmacro %}

{# Convert a percentage given in `unit_expr` (%, ％, percent, 个百分点, ‰) to percent. NULL for any other unit. #}
{% macro to_percent(value, unit_expr) -%}
    case trim({{ unit_expr }})
    {%- for label, divisor in percent_unit_divisors().items() %}
        when '{{ label }}' then cast({{ value }} as double){% if divisor != 1 %} / {{ divisor }}{% endif %}
    {%- endfor %}
    end
{%- endmacro %}

{# The canonical unit code for a raw unit label: money labels -> 'yuan', percent labels -> 'percent',
   anything else unchanged (trimmed). #}
{% macro canonical_unit(unit_expr) -%}
    case
        when trim({{ unit_expr }}) in ({{ _quoted_list(money_unit_multipliers().keys()) }}) then 'yuan'
        when trim({{ unit_expr }}) in ({{ _quoted_list(percent_unit_divisors().keys()) }}) then 'percent'
        else nullif(trim({{ unit_expr }}), '')
    end
{%- endmacro %}

{# The value in the canonical unit of `canonical_unit(unit_expr)`. #}
{% macro canonical_value(value, unit_expr) -%}
    coalesce({{ to_yuan(value, unit_expr) }}, {{ to_percent(value, unit_expr) }}, cast({{ value }} as double))
{%- endmacro %}

{% macro _quoted_list(items) -%}
    {%- for item in items -%}'{{ item }}'{% if not loop.last %}, {% endif %}{%- endfor -%}
{%- endmacro %}
