"""What to call a break: "Long break (10 min)", "Short break (3 min)", or just "Break (3 min)".

Every Nth break is long (`CyclePolicy.break_length_for`); the notice and the break window
say which one is coming and how long it is, so a ten-minute break is never a surprise.
"Short" is said only when long breaks exist at all.
"""

from __future__ import annotations

from datetime import timedelta

from knotbreak.core.cycle import CyclePolicy
from knotbreak.core.durations import format_duration
from knotbreak.ui.translations import localized, translate


def is_long(policy: CyclePolicy, number: int) -> bool:
    """Whether break `number` (1 for the first this session) is a long one."""
    return (
        policy.long_break_every > 0
        and number > 0
        and number % policy.long_break_every == 0
        and policy.long_break_length > policy.break_length
    )


def break_kind(policy: CyclePolicy, number: int) -> str:
    """ "Long break", "Short break", or "Break" when there are no long breaks."""
    if is_long(policy, number):
        return translate("BreakNames", "Long break")
    if policy.long_break_every > 0 and policy.long_break_length > policy.break_length:
        return translate("BreakNames", "Short break")
    return translate("BreakNames", "Break")


def break_name(policy: CyclePolicy, number: int, length: timedelta | None = None) -> str:
    """ "Long break (10 min)": the kind and how long it lasts."""
    duration = localized(format_duration(length or policy.break_length_for(number)))
    return translate("BreakNames", "{kind} ({duration})").format(
        kind=break_kind(policy, number), duration=duration
    )
