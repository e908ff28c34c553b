"""Amazon SES notifications: a JSON document (sent by mail through SNS) instead of a DSN.

Turned into the same per-recipient delivery-status fields a DSN would carry, so the rest of the
core reads them like any other bounce.
"""

from __future__ import annotations

import json

from smtphelper.core.textinput import without_surrogates

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at every start
if TYPE_CHECKING:
    from typing import Any

MAX_JSON_CHARS = 1_000_000


def _first_json_object(text: str) -> dict[str, Any] | None:
    start = text.find("{")
    if start == -1 or '"notificationType"' not in text[: MAX_JSON_CHARS]:
        return None
    try:
        value, _ = json.JSONDecoder(strict=False).raw_decode(text[start : start + MAX_JSON_CHARS])
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def _list(value: object) -> list[Any]:
    """A JSON array, or nothing: the document is the sender's, any field can be any type."""
    return value if isinstance(value, list) else []


def ses_records(text: str) -> tuple[str, list[dict[str, str]]] | None:
    """(notification type, per-recipient fields) of an SES notification, or None."""
    data = _first_json_object(text)
    if data is None:
        return None
    kind = str(data.get("notificationType") or data.get("eventType") or "")
    records: list[dict[str, str]] = []
    if kind == "Bounce" and isinstance(data.get("bounce"), dict):
        bounce = data["bounce"]
        for item in _list(bounce.get("bouncedRecipients")):
            if not isinstance(item, dict):
                continue
            fields = {"final-recipient": f"rfc822; {item.get('emailAddress', '')}",
                      "action": str(item.get("action") or "failed")}
            if item.get("status"):
                fields["status"] = str(item["status"])
            if item.get("diagnosticCode"):
                fields["diagnostic-code"] = str(item["diagnosticCode"])
            if bounce.get("remoteMtaIp"):
                fields["remote-mta"] = str(bounce["remoteMtaIp"])
            records.append(fields)
    elif kind == "Delivery" and isinstance(data.get("delivery"), dict):
        delivery = data["delivery"]
        for address in _list(delivery.get("recipients")):
            fields = {"final-recipient": f"rfc822; {address}", "action": "delivered"}
            if delivery.get("smtpResponse"):
                fields["diagnostic-code"] = str(delivery["smtpResponse"])
            records.append(fields)
    elif kind == "Complaint" and isinstance(data.get("complaint"), dict):
        for item in _list(data["complaint"].get("complainedRecipients")):
            if isinstance(item, dict):
                records.append({"final-recipient": f"rfc822; {item.get('emailAddress', '')}",
                                "action": "complaint"})
    # JSON escapes can spell lone surrogates ("\ud800"), which cannot be printed.
    return kind, [{name: without_surrogates(value) for name, value in fields.items()}
                  for fields in records]
