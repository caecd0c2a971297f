"""spaCy pipeline components. Each reads the shared Doc and writes one ``doc._.sanderling_*`` layer.

Order (see ``sanderling.nlp.COMPONENTS``): acronyms -> places -> actors -> timex -> quotes
-> events -> factuality -> event_places. A component only reads layers written before it.
"""
