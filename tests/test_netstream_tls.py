"""The asyncio network layer (collect/netstream.py) speaks TLS: a page served over HTTPS on
127.0.0.1 with a self-signed certificate is fetched when the certificate is trusted and
refused, with httpx's ConnectError, when it is not."""

from __future__ import annotations

import asyncio
import http.server
import shutil
import ssl
import subprocess
import threading
from pathlib import Path

import httpx
import pytest

from dailybrief.collect.netstream import AsyncioTransport

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is needed to make a certificate")
PAGE = "<html><body><p>国家数据局发布数据。</p></body></html>".encode()


class _Page(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the http.server interface
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def https_server(tmp_path_factory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_address[1]}/", cert
    server.shutdown()


async def _get(url: str, verify: ssl.SSLContext) -> httpx.Response:
    transport = AsyncioTransport(verify=verify, limits=httpx.Limits(max_connections=4))
    async with httpx.AsyncClient(transport=transport, timeout=10) as client:
        return await client.get(url)


def test_a_page_over_https_is_fetched_when_its_certificate_is_trusted(https_server) -> None:  # type: ignore[no-untyped-def]
    url, cert = https_server
    response = asyncio.run(_get(url, ssl.create_default_context(cafile=str(Path(cert)))))
    assert response.status_code == 200 and response.content == PAGE


def test_an_untrusted_certificate_is_a_connect_error(https_server) -> None:  # type: ignore[no-untyped-def]
    url, _ = https_server
    with pytest.raises(httpx.ConnectError):
        asyncio.run(_get(url, ssl.create_default_context()))
