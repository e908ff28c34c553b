"""One verdict everywhere: the banner, the checklist, the advice and the command line's summary
are written from the recipient's state and cause, so none of them contradicts another."""

from __future__ import annotations

import pytest

from smtphelper.core import wording
from smtphelper.core.advice import addressee, advice_text
from smtphelper.core.decode import decode
from smtphelper.core.model import Recipient, Report, VariantMatch
from tests.corpus import CORPUS


def variant(**changes) -> VariantMatch:
    base = dict(id="queue.expired", title="The message could not be delivered for days",
                explanation="The server kept trying and gave up.", reason="expired",
                actor="recipient", retry="later", checklist=["Check the address."],
                request="My message to[ {recipient}] could not be delivered for a long time "
                        "because your mail server could not be reached.")
    base.update(changes)
    return VariantMatch(**base)


def report(kind: str = "bounce", **recipient_fields) -> Report:
    fields = dict(address="eva@example.org", reply_code="451", enhanced_code="4.4.1",
                  diagnostic="451 4.4.1 Connection timed out", state="failed",
                  permanent=False, reason="expired", variant=variant(), cause_tier="variant")
    fields.update(recipient_fields)
    return Report("test", kind, "text", [Recipient(**fields)], sender="jan@example.com")


def test_give_up_after_a_temporary_cause_reads_as_not_delivered_and_retry_later() -> None:
    given = report()
    found = wording.verdict_for(given, given.recipients[0])
    assert found.headline == "Not delivered: the server gave up."
    assert "The cause was temporary, so sending again later may work." in found.details
    text = advice_text(given, given.recipients[0])
    assert "has not been delivered yet" not in text and "still trying" not in text
    summary = wording.render_summary(given)
    assert "Not delivered: the server gave up." in summary and "delayed" not in summary.lower()


def test_delay_warning_that_needs_no_resend_says_so_and_asks_nothing_now() -> None:
    given = report(kind="delay", state="delayed", variant=variant(
        id="queue.delayed", actor="recipient", retry="automatic",
        checklist=["Find out whether this is only a warning."]))
    given.no_resend_needed = True
    recipient = given.recipients[0]
    found = wording.verdict_for(given, recipient)
    assert found.tone == "temporary" and "still trying" in found.headline
    assert any("no need to send the message again" in d for d in found.details)
    assert any("you do not need to do anything now" in d for d in found.details)
    assert not any("recipient's side" in d for d in found.details)
    steps = wording.checklist(given, recipient)
    assert "Find out whether this is only a warning." not in steps
    assert steps[0].startswith("Wait")
    assert addressee(given, recipient) == "nobody"
    text = advice_text(given, recipient)
    assert "returned to me as undeliverable" not in text
    assert "No action is needed" not in text


def test_unrecognised_cause_is_said_plainly() -> None:
    given = report(cause_tier="class", variant=variant(id="generic.class.5", generic=True,
                                                         actor="sender", retry="after_fix"),
                   permanent=True, reply_code="550", enhanced_code=None)
    recipient = given.recipients[0]
    assert not wording.cause_recognised(recipient)
    summary = wording.render_summary(given)
    assert "cause not recognised" in summary
    assert wording.CAUSE_NOT_RECOGNISED in summary


def test_unrecognised_input_has_no_recipient_and_no_advice() -> None:
    given = Report("test", "unrecognised", "hello there")
    found = wording.verdict_for(given, None)
    assert found.headline == "This does not look like a returned message."
    assert "Recipient" not in wording.render_summary(given)


def test_unknown_address_advice_goes_to_the_recipient_another_way() -> None:
    given = decode("550 5.1.1 <eva@example.org>: Recipient address rejected: User unknown in "
                   "local recipient table")
    recipient = given.recipients[0]
    assert addressee(given, recipient) == "recipient"
    assert "not to the address that bounced" in wording.ADDRESSEE_LABELS["recipient"]


@pytest.mark.parametrize("diagnostic", [
    "<eva@example.org>", "eva@example.org", "Action: Delayed", "smtp; Status: 4.4.7",
    "Final-Recipient: rfc822; eva@example.org\nAction: failed"])
def test_the_server_said_is_a_reply_never_an_address_or_a_field_line(diagnostic: str) -> None:
    assert wording.server_reply(Recipient("eva@example.org", diagnostic=diagnostic)) is None


def test_the_server_said_keeps_the_reply() -> None:
    reply = "550 5.1.1 <eva@example.org>: User unknown"
    assert wording.server_reply(Recipient("eva@example.org", diagnostic=reply)) == reply


def test_the_server_said_gives_a_multi_line_reply_its_code_once() -> None:
    reply = ("552-5.2.2 The recipient's inbox is out of storage space. Please direct the "
             "552-5.2.2 recipient to\n552 5.2.2 https://support.google.com/mail/ - gsmtp")
    assert wording.server_reply(Recipient("eva@example.org", diagnostic=reply)) == (
        "552 5.2.2 The recipient's inbox is out of storage space. Please direct the recipient "
        "to https://support.google.com/mail/ - gsmtp")


def test_receiving_server_is_never_the_senders_own_domain() -> None:
    given = report(remote_mta="example.com")
    assert not wording.remote_is_named(given, given.recipients[0])
    given = report(remote_mta="mx.example.org")
    assert wording.remote_is_named(given, given.recipients[0])


def test_advice_speaks_as_i_and_closes() -> None:
    given = decode(b"550 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using "
                   b"zen.spamhaus.org")
    text = advice_text(given, given.recipients[0])
    words = text.replace(",", " ").replace(".", " ").split()
    assert not {"we", "We", "our", "Our", "us"} & set(words), text
    assert text.rstrip().endswith("Kind regards")


CONTRADICTIONS = (
    # (state, words that must not appear in the banner or the advice for that state)
    ("failed", ("still trying", "has not been delivered yet", "keeps trying on its own")),
    ("delayed", ("returned to me as undeliverable", "Not delivered.", "gave up")),
)


def _contradictions(given: Report) -> list[str]:
    found = []
    for recipient in given.recipients:
        state = wording.state_of(given, recipient)
        said = wording.verdict(given, recipient) + "\n" + advice_text(given, recipient)
        for checked, words in CONTRADICTIONS:
            if state == checked:
                found += [f"{state}: {word!r}" for word in words if word in said]
        if state == "failed" and recipient.permanent is False and (
                "The cause was temporary" not in said):
            found.append("give-up after a temporary cause without saying so")
        if addressee(given, recipient) == "nobody" and state != "delayed":
            found.append("nobody to send the advice to, though it failed")
    return found


@pytest.mark.skipif(CORPUS is None, reason="the development corpus is not here")
def test_no_contradiction_between_banner_cause_and_advice_on_the_corpus() -> None:
    problems = {}
    for path in sorted(CORPUS.glob("*.eml")):  # type: ignore[union-attr]
        given = decode(path.read_bytes(), path.name)
        if given.kind in ("bounce", "delay"):
            found = _contradictions(given)
            if found:
                problems[path.name] = found
    assert problems == {}


def test_a_code_the_words_contradict_is_not_believed_in_the_advice() -> None:
    from smtphelper.core.codebook import explain_enhanced

    policy = variant(id="yahoo.policy", title="Your message broke one of Yahoo's rules",
                     reason="policyviolation", actor="provider", retry="after_fix",
                     request="Yahoo rejects our mail for policy reasons.")
    given = report(permanent=True, reply_code="554", enhanced_code="5.7.9",
                   enhanced=explain_enhanced("5.7.9"), reason="policyviolation",
                   variant=policy, diagnostic="554 5.7.9 Message not accepted for policy reasons")
    recipient = given.recipients[0]
    assert wording.code_disagrees(recipient)
    text = advice_text(given, recipient)
    assert "Sign-in method too weak" not in text and "- Status code: 5.7.9\n" in text
    assert "Yahoo rejects my mail" in text


def test_a_providers_own_meaning_names_the_registrys_too() -> None:
    from smtphelper.core.codebook import explain_enhanced

    explained = explain_enhanced("5.7.9", ["yahoo"])
    assert explained.provider == "yahoo"
    assert explained.name == "Message not accepted for policy reasons"
    assert explained.registry_name == "Sign-in method too weak"
    assert "sign-in method too weak" in explained.digits[2].meaning
    assert explain_enhanced("5.7.9").registry_name is None


def test_third_digit_and_area_are_said_usefully() -> None:
    from smtphelper.core.codebook import explain_enhanced, explain_reply

    assert explain_reply("554").name == "Message or connection refused"
    assert explain_reply("550").digits[2].meaning.startswith("550 as a whole: ")
    area = explain_enhanced("5.1.1").digits[1]
    assert area.role == "Area of the problem"
    assert area.meaning.startswith("Address: the problem")


def test_nobody_to_blame_after_a_final_failure_means_send_again_later() -> None:
    given = report(variant=variant(id="greylist.greylisted", actor="nobody", retry="automatic",
                                   request="A message to[ {recipient}] is delayed by "
                                           "greylisting."))
    recipient = given.recipients[0]
    assert "Nothing needs fixing: send the message again later." in wording.verdict_for(
        given, recipient).details
    assert addressee(given, recipient) == "resend"
    assert "send your message again later" in wording.ADDRESSEE_LABELS["resend"]
