"""A static host without server rules, as GitHub Pages or S3 website hosting behave: files as they are,
a directory without its trailing slash redirected to it, and 404.html with status 404 for anything else.
Usage: python3 tests/servers/static-host.py <port> <dir>"""
import http.server
import os
import sys
from functools import partial


class StaticHost(http.server.SimpleHTTPRequestHandler):
    def send_error(self, code, message=None, explain=None):
        not_found_page = os.path.join(self.directory, "404.html")
        if code != 404 or not os.path.exists(not_found_page):
            return super().send_error(code, message, explain)
        with open(not_found_page, "rb") as page:
            body = page.read()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format, *args):
        pass


port, directory = int(sys.argv[1]), sys.argv[2]
http.server.ThreadingHTTPServer(("127.0.0.1", port), partial(StaticHost, directory=directory)).serve_forever()
