"""What a person reads: a fact sheet per model and a timeline of events, built from claims and their conflicts.

Data flows one way: claims + conflicts -> models (`sheets.fact_sheets`, `timeline.timeline_of`) -> views
(`views` for terminal, Markdown, JSON and CSV; `svg.timeline_svg` for a drawing). `values.shown_value` writes
a figure as people write it (`1.2T`, `$50M`, `86.2%`), for every view that shows one.
"""
