"""Who did what to what: the actor, action and objects of the clause a date governs.

The action is the clause's first action word (`events.actions`, by category). A
word of `events.on_models` names its category only when a model is what it acts
on: `announced GPT-5` is GPT-5's release, `announced that ...` a statement,
`shares dropped` no action at all.

What an action acts on, surest first:

- the names in its phrase, the words after it up to a comma, colon, dash or a
  word opening another clause (`released Llama 4 Scout and Llama 4 Maverick on
  April 5`); a list runs on past its commas. A family released `in two variants:
  Scout and Maverick` gives the variants' names;
- a model named right before it (`GLM-5.2 was released`, `the DeepSeek-V3 model,
  launched on Jan. 10`, `DeepSeek-R1, released last week`);
- after a fronted participle, the subject of the main clause (`Released on
  December 26, this model ...`);
- an anaphor in those places (`this model`, `these models`, `after its
  release`): the models named before it in the sentence or the sentence before,
  else the model the article is about.

`confidence` says which: high where the objects are named in the clause, medium
where an anaphor or the sentence before gives them, low where only the article
does. The actor is who the clause names before an active verb, else the agent
after `by`, else the objects' maker: `GLM-5.2 was released` is its maker's release.

- `participants`: `Participants`, reading the rules and picking the action that names the clause's event;
- `actions`: which words of a clause are actions;
- `modality`: whether an action is told as planned or as not done;
- `phrase`: an action's phrase and the names in it;
- `objects`: what an action acts on beyond its phrase, surest first;
- `anaphors`: the models an anaphor stands for;
- `actor`: who acted;
- `base`: the cue labels, limits, records and helpers several of them share.
"""

from .base import Parts
from .participants import Participants

__all__ = ["Participants", "Parts"]
