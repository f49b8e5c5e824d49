"""Who acted: the name before an active verb in its own clause, else the agent after `by`, else the objects'
maker where the act is a maker's: `GLM-5.2 was released` is its maker's release."""

from __future__ import annotations

from ...entities import Entity
from ...spans import DocSpans
from .base import AGENT_TYPES, Acted, Action


class Actors:
    """Part of `Participants`: who acted."""

    def _in_the_verbs_clause(self, spans: DocSpans, action: Action, before: list[Entity]) -> list[Entity]:
        """The names before the action that lie in its own clause, where it has any: in 'The news from Nvidia came
        after the Commerce Department had lifted ...', the lifting is Commerce's, not Nvidia's."""
        if not before:
            return before
        text = spans.text
        start = spans.token_starts[before[0].start]
        openers = [m.end() for m in self.openers.finditer(text, start, spans.token_starts[action.start])]
        inside = [e for e in before if openers and e.start_char >= openers[-1]]
        return inside or before

    def _actor(self, spans: DocSpans, action: Action, names: list[Entity], acted: Acted, category: str) -> str | None:
        """Who acted: the agent after a participle's `by`, else the first name before an active verb, else the
        agent after `by`, else the first organisation or place before the action, else, for a maker's act, the
        maker of what was acted on."""
        before = self._in_the_verbs_clause(
            spans, action, [e for e in names if e.end <= action.start and e.name not in acted.names]
        )
        after = (e for e in names if e.start >= action.end and e.type in AGENT_TYPES)
        agent = next((e for e in after if spans.lowers[e.start - 1] == "by"), None)
        passive = action.end < len(spans.lowers) and spans.lowers[action.end] == "by"
        if acted.how == "phrase" and before and not (passive and agent is not None):
            return before[0].name  # "Meta released Llama 4": who comes before an active verb
        if agent is not None:
            return agent.name  # "GLM-5.2 was released by Zhipu", "GLM-5.3 beats the model released by Alibaba"
        named = [e for e in before if e.type in AGENT_TYPES]
        if named and acted.how == "relative":
            return named[-1].name  # "GLM-5.2 Air, which Zhipu put out": who the relative clause names
        if named and acted.how != "possessive":
            return named[0].name  # "Researchers at DeepSeek said the V3 model, launched on Jan. 10, ..."
        if category not in self.maker_acts:
            return None  # "Fable 5 was banned": not by its maker
        makers = {self.resolver.maker(name) for name in acted.names}
        return makers.pop() if len(makers) == 1 else None
