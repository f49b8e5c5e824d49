"""Whose figure it is, found the way a reader finds it.

A name that owns the figure (`GPT-4o's 88.7%`, `Maverick's Elo score of 1417`,
`Qwen 2.5 (24.8)`); the foil after `vs` (`beats GPT-5 (44.9% vs 41.7%)`); a name
after the figure (`72.4% for GLM-5.2`, `39.3M GPU hours used to train X`); the
nearest name or anaphor on the left that is neither a comparison's foil, nor the
maker of a thing named beside it (`H100 Nvidia chips`), nor the claim's asserter;
else the model the paragraph or the article is about. Each subject says how it
was found (`subject_source`), and so how sure it is: a name that is the only one
its sentence could mean is surer than the nearest of several.

One module per concern: `finder` reads the rules and asks the others in order;
`unknown` (names the rules do not know), `unnamed` (a class, people, a model left
unnamed) and `variants` (a variant or version no name tells apart) find figures
nobody we can name owns; `families` a family named as a whole (`the Gemma family`)
that owns a count kept for a whole family; `owners` (a possessive, brackets, a list item's key) and
`named_after` (`for X`) the names that own one where it stands; `foils` a
comparison's other side and a change's past value; `makers` a maker beside its
product; `nearest` the nearest name on the left, `anaphora` what an `it` or `the
company` stands for, `implied` what the text is about where the sentence names
nobody; `respectively` maps coordinated figures onto coordinated names; `focus`
is what each sentence tells of what the text is about. `base` holds what several
of them share.
"""

from .finder import SubjectFinder
from .focus import SentenceFocus
from .unnamed import listed_in_asides

__all__ = ["SentenceFocus", "SubjectFinder", "listed_in_asides"]
