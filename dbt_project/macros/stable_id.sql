{#
    A stable identifier: md5 over the given expressions, each cast to text with NULL spelled as
    a marker that cannot occur in data, joined by a unit separator. Wrap DOUBLEs in
    `stable_number` so that the id does not depend on how floats happen to be printed.
#}
{% macro stable_id(expressions) -%}
    md5(concat_ws(chr(31)
    {%- for expr in expressions %},
        coalesce(cast({{ expr }} as varchar), chr(0) || 'null')
    {%- endfor %}
    ))
{%- endmacro %}

{% macro stable_number(expr) -%}
    printf('%.6f', cast({{ expr }} as double))
{%- endmacro %}
