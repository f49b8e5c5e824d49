"""Quotes and their speakers: quotation marks (`marks`), who a stretch of text names as speaker
(`speakers`), and what attributes a quotation to one (`extractor`)."""

from .extractor import QuoteExtractor
from .marks import Quotation, pair_quotation_marks

__all__ = ["QuoteExtractor", "Quotation", "pair_quotation_marks"]
