"""claimx: extract typed, sourced claims from news about AI models, and find where articles disagree."""

__version__ = "0.1.0"
