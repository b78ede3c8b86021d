"""The analyst dashboard: server-rendered Jinja2 pages, htmx interactions, Vega-Lite charts."""
