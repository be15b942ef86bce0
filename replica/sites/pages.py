"""The pages a site answers with when something is wrong: errors, throttling, captcha, maintenance,
and the ccgp-style JavaScript bot check.  Kept apart so every site shows the same wording."""

from __future__ import annotations

import html

NGINX_REASONS = {
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Temporarily Unavailable",
    504: "Gateway Time-out",
    404: "Not Found",
    429: "Too Many Requests",
}


def error_page(status: int) -> str:
    """An nginx-style error body, as the real front proxies return for 4xx/5xx."""
    reason = NGINX_REASONS.get(status, "Error")
    return (
        f"<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n"
        f"<center><h1>{status} {reason}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
    )


def simple_page(title: str, message: str, charset: str = "utf-8") -> str:
    return (
        f'<!DOCTYPE html>\n<html><head><meta charset="{charset}"><title>{html.escape(title)}</title></head>\n'
        f'<body><div class="sys-msg" style="margin:80px auto;text-align:center">'
        f"<h2>{html.escape(message)}</h2></div></body></html>\n"
    )


THROTTLE_TEXT = "访问过于频繁，请稍后再试"
CAPTCHA_TEXT = "请输入验证码"
MAINTENANCE_TEXT = "系统维护中，请稍后访问"


def throttle_page(charset: str = "utf-8") -> str:
    return simple_page("提示", THROTTLE_TEXT, charset)


def captcha_page(charset: str = "utf-8") -> str:
    return (
        f'<!DOCTYPE html>\n<html><head><meta charset="{charset}"><title>安全验证</title></head>\n'
        '<body><form id="captcha-form" method="post" action="/verify">'
        f'<p>{CAPTCHA_TEXT}</p><img id="captcha-img" src="/captcha/image.jpg" alt="验证码">'
        '<input name="captcha" type="text"><button type="submit">提交</button></form></body></html>\n'
    )


def maintenance_notice() -> str:
    """The notice shown in place of a list while a site is 'under maintenance'."""
    return f'<div class="maintenance-notice">{MAINTENANCE_TEXT}</div>'


def botcheck_page(hoy_tr: str | None, hbb_hc: str | None, charset: str = "utf-8") -> str:
    """The JS challenge page.

    With tokens it is solvable: the inline script sets ``HOY_TR`` and ``HBB_HC`` with literal values
    and reloads.  Without tokens (the ``botcheck200`` fault) the script only reloads, so no cookie
    ever gets a crawler past it.
    """
    if hoy_tr and hbb_hc:
        setter = (
            "  var d = new Date(); d.setTime(d.getTime() + 365 * 24 * 3600 * 1000);\n"
            f'  document.cookie = "HOY_TR={hoy_tr}; expires=" + d.toUTCString() + "; path=/";\n'
            f'  document.cookie = "HBB_HC={hbb_hc}; max-age=600; path=/";\n'
        )
    else:
        setter = "  /* verification pending */\n"
    return (
        f'<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        "<title>安全验证</title>\n"
        '<script id="keyparam" type="text/javascript" src="/_bot_sbu/sbu_fpcm.js"></script>\n'
        '<script id="keyt" type="text/javascript" src="/_bot_sbu/sbu_fpc.js"></script>\n'
        '<script type="text/javascript" src="/_ws_sbu/sbu_hc.js"></script>\n'
        '</head><body><div id="bot-check">正在进行安全检查，请稍候……</div>\n'
        '<script type="text/javascript">\n(function () {\n'
        f"{setter}"
        "  setTimeout(function () { window.location.reload(); }, 300);\n})();\n</script>\n"
        "</body></html>\n"
    )


BOT_SCRIPT = "/* sbu fingerprint collector (replica stub) */\nwindow.__sbu = window.__sbu || {};\n"
