"""The cause lexicon: word boundaries, gaps, stems, contexts and stages."""

from __future__ import annotations

from smtphelper.core.lexicon import find, load_families, match_lexicon, parse_phrase
from smtphelper.core.vocabulary import REASONS


def test_every_family_names_a_known_reason_and_valid_conditions() -> None:
    families = load_families()
    assert len(families) >= 30
    for family in families:
        assert family.reason in REASONS
        assert family.words
        assert family.when in (None, "permanent", "temporary")
        assert family.commands <= {"CONNECT", "HELO", "EHLO", "MAIL FROM", "RCPT TO", "DATA"}


def test_words_match_on_word_boundaries_only() -> None:
    assert find("rejected as spam.", parse_phrase("spam")) == (12, 16)
    assert find("listed at spamhaus", parse_phrase("spam")) is None
    assert find("antispam engine", parse_phrase("spam")) is None


def test_a_star_between_words_is_a_bounded_gap() -> None:
    phrase = parse_phrase("mailbox * full")
    assert find("mailbox of the user is full", phrase) is not None
    assert find("mailbox " + "x" * 60 + " full", phrase) is None


def test_a_trailing_star_lets_the_word_continue() -> None:
    phrase = parse_phrase("blacklist*")
    start, end = find("your server is blacklisted here", phrase)
    assert "your server is blacklisted here"[start:end] == "blacklisted"


def test_plain_words_beat_the_reply_code() -> None:
    assert match_lexicon("550 Message rejected as spam").reason == "spamdetected"
    assert match_lexicon("500 5.5.0 account blocked").reason == "suspend"


def test_context_stops_a_family() -> None:
    # "Sender address rejected" speaks of the sender, not an unknown recipient.
    hit = match_lexicon("553 Sender address rejected: User unknown in local table")
    assert hit is not None and hit.reason == "rejected"


def test_named_blocklists_come_before_spam() -> None:
    hit = match_lexicon("554 rejected: 192.0.2.1 listed at zen.spamhaus.org, spam source")
    assert hit is not None and hit.reason == "blocked"


def test_stage_families_need_the_stage() -> None:
    assert match_lexicon("550 Rejected", command="MAIL FROM").reason == "rejected"
    assert match_lexicon("550 Rejected", command="DATA").reason == "filtered"
    assert match_lexicon("550 Rejected") is None
    assert match_lexicon("550 Rejected", command="CONNECT").weak


def test_a_mailbox_cannot_be_full_before_a_recipient_is_named() -> None:
    hit = match_lexicon("554 you reached your daily quota", command="CONNECT")
    assert hit is None or hit.reason != "mailboxfull"


def test_a_temporary_dns_failure_is_a_network_error() -> None:
    text = "Host or domain name not found. Name service error: Host not found, try again"
    assert match_lexicon(text, permanent=False).reason == "networkerror"
    assert match_lexicon("Host or domain name not found", permanent=True).reason == "hostunknown"


def test_evidence_is_the_matched_words_in_the_original_text() -> None:
    text = "550 5.7.1  Your   message was REJECTED AS SPAM"
    hit = match_lexicon(text)
    (start, end), = hit.evidence
    assert text[start:end] == "SPAM"
    assert hit.words == ("SPAM",)


def test_the_validator_names_each_slip_in_a_family() -> None:
    from smtphelper.core.validate import check_lexicon

    problems = check_lexicon({"family": [{
        "reason": "spamx", "words": ["Spam", "*"], "commands": ["RCPT"], "weak": "yes",
        "colour": "red"}]})
    keys = sorted(p.key for p in problems)
    assert keys == ["colour", "commands", "reason", "weak", "words", "words"]
    assert all(p.file == "lexicon.toml" and "family 1" in p.entry for p in problems)
    assert check_lexicon({"family": [{"reason": "spamdetected", "words": ["spam"]}]}) == []


def test_scripts_without_spaces_need_no_word_boundaries() -> None:
    hit = match_lexicon("ユーザーは Domino ディレクトリには見つかりません。")
    assert hit is not None and hit.reason == "userunknown"
    assert match_lexicon("Адрес не существует").reason == "userunknown"
