"""The extraction hook: every import passes each article through ``extract``.

Event extraction is not built yet, so no events are found; nothing is invented in the
meantime. The temporal tagger and the event extractor plug in here.
"""

from __future__ import annotations

from timeline_app.core.model import Article, Event


def extract(article: Article) -> list[Event]:
    """The events an article reports, with mentions pointing into ``article.text``."""
    return []
