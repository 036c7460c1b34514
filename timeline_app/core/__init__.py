"""Qt-free core of Chronicle: time spans, articles, events, the store, extraction, layout."""
