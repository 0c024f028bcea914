"""The simulated web that asobiba.aiohttp reaches.

A request is answered by a handler chosen from its host; every answer is computed from the
request alone, so it is the same on every run. Each request takes LATENCY virtual seconds,
except httpbin.org's /delay/N, which takes N (at most 10, like the real service).

Hosts:
    httpbin.org                  /get /post /put /patch /delete /anything[/...] /delay/N
                                 /status/N /json /uuid /ip /user-agent /headers /html
                                 /bytes/N
    example.com, www.example.com the IANA example page (any path)
    api.example.com              a small REST API: /users, /posts, /comments (and /<kind>/N)
    jsonplaceholder.typicode.com /todos, /posts, /users, /comments (and /<kind>/N)
Any other host cannot be resolved.
"""
import json

LATENCY = 0.1
ORIGIN = '203.0.113.7'
USER_AGENT = 'Python/3.11 aiohttp/3.9.5'

_REASONS = {200: 'OK', 201: 'CREATED', 204: 'NO CONTENT', 301: 'MOVED PERMANENTLY',
            302: 'FOUND', 400: 'BAD REQUEST', 401: 'UNAUTHORIZED', 403: 'FORBIDDEN',
            404: 'NOT FOUND', 405: 'METHOD NOT ALLOWED', 418: "I'M A TEAPOT",
            429: 'TOO MANY REQUESTS', 500: 'INTERNAL SERVER ERROR', 502: 'BAD GATEWAY',
            503: 'SERVICE UNAVAILABLE', 504: 'GATEWAY TIMEOUT'}


def reason(status):
    """The reason phrase of an HTTP status."""
    return _REASONS.get(status, 'UNKNOWN')


class Answer:
    """What a simulated server answers: status, headers, body and how long it takes."""

    def __init__(self, status=200, body=b'', content_type='application/json', delay=LATENCY,
                 headers=None):
        self.status = status
        self.body = body if isinstance(body, bytes) else body.encode('utf-8')
        self.delay = delay
        self.headers = {'Content-Type': content_type, 'Content-Length': str(len(self.body))}
        if headers:
            self.headers.update(headers)


def _json_answer(obj, status=200, delay=LATENCY):
    return Answer(status, json.dumps(obj, indent=2, ensure_ascii=False) + '\n', delay=delay)


def _httpbin_echo(req, with_body):
    headers = {'Accept': '*/*', 'Accept-Encoding': 'gzip, deflate', 'Host': req.host,
               'User-Agent': USER_AGENT}
    headers.update(req.headers)
    out = {'args': dict(req.params)}
    if with_body:
        data = req.data
        form = {}
        if isinstance(data, dict):
            form, data = {str(k): str(v) for k, v in data.items()}, ''
        out.update({'data': data if isinstance(data, str) else
                    (data or b'').decode('utf-8', 'replace'),
                    'files': {}, 'form': form})
        if req.json is not None:
            out['data'] = json.dumps(req.json)
        out['json'] = req.json
    else:
        out.update({'data': '', 'files': {}, 'form': {}})
    out['headers'] = dict(sorted(headers.items()))
    if req.method != 'GET' or with_body:
        out['method'] = req.method
    out['origin'] = ORIGIN
    out['url'] = req.url
    return out


_EXAMPLE_PAGE = """<!doctype html>
<html>
<head>
    <title>Example Domain</title>
    <meta charset="utf-8" />
</head>
<body>
<div>
    <h1>Example Domain</h1>
    <p>This domain is for use in illustrative examples in documents. You may use this
    domain in literature without prior coordination or asking for permission.</p>
    <p><a href="https://www.iana.org/domains/example">More information...</a></p>
</div>
</body>
</html>
"""


def _httpbin(req):
    parts = [p for p in req.path.split('/') if p]
    head = parts[0] if parts else ''
    if head == 'delay' and len(parts) == 2 and parts[1].replace('.', '', 1).isdigit():
        n = min(float(parts[1]), 10.0)
        return _json_answer(_httpbin_echo(req, False), delay=n)
    if head == 'status' and len(parts) == 2 and parts[1].isdigit():
        return Answer(int(parts[1]), b'', content_type='text/html; charset=utf-8')
    if head in ('get', 'post', 'put', 'patch', 'delete'):
        if req.method.lower() != head:
            return Answer(405, _error_page(405), content_type='text/html')
        return _json_answer(_httpbin_echo(req, head != 'get'))
    if head == 'anything':
        return _json_answer(_httpbin_echo(req, True))
    if head == 'json':
        return _json_answer({'slideshow': {
            'author': 'Yours Truly', 'date': 'date of publication',
            'slides': [{'title': 'Wake up to WonderWidgets!', 'type': 'all'},
                       {'items': ['Why <em>WonderWidgets</em> are great',
                                  'Who <em>buys</em> WonderWidgets'],
                        'title': 'Overview', 'type': 'all'}],
            'title': 'Sample Slide Show'}})
    if head == 'uuid':
        return _json_answer({'uuid': '6c5f6c1e-4a8b-4f4e-9d55-2b4f6b1a7c3d'})
    if head == 'ip':
        return _json_answer({'origin': ORIGIN})
    if head == 'user-agent':
        return _json_answer({'user-agent': req.headers.get('User-Agent', USER_AGENT)})
    if head == 'headers':
        return _json_answer({'headers': _httpbin_echo(req, False)['headers']})
    if head == 'html':
        return Answer(200, '<!DOCTYPE html>\n<html>\n  <body>\n  <h1>Herman Melville - '
                      'Moby-Dick</h1>\n  </body>\n</html>', content_type='text/html; '
                      'charset=utf-8')
    if head == 'bytes' and len(parts) == 2 and parts[1].isdigit():
        n = min(int(parts[1]), 100 * 1024)
        return Answer(200, bytes((i * 37 + 11) % 256 for i in range(n)),
                      content_type='application/octet-stream')
    return Answer(404, _error_page(404), content_type='text/html')


def _error_page(status):
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">\n<title>%d %s</title>\n'
            '<h1>%s</h1>\n' % (status, reason(status).title(), reason(status).title()))


_NAMES = ['Alice', 'Bob', 'Carol', 'Dave', 'Eve', 'Frank', 'Grace', 'Heidi', 'Ivan', 'Judy']


def _record(kind, i):
    if kind == 'users':
        name = _NAMES[(i - 1) % len(_NAMES)]
        return {'id': i, 'name': name, 'username': name.lower(),
                'email': f'{name.lower()}@example.com'}
    if kind == 'posts':
        return {'userId': (i - 1) // 10 + 1, 'id': i, 'title': f'Post {i}',
                'body': f'This is the body of post {i}.'}
    if kind == 'comments':
        return {'postId': (i - 1) // 5 + 1, 'id': i, 'name': f'Comment {i}',
                'email': f'{_NAMES[(i - 1) % len(_NAMES)].lower()}@example.com',
                'body': f'This is comment {i}.'}
    if kind == 'todos':
        return {'userId': (i - 1) // 20 + 1, 'id': i, 'title': f'Todo {i}',
                'completed': i % 3 == 0}
    return None


_COUNTS = {'users': 10, 'posts': 100, 'comments': 500, 'todos': 200}


def _rest_api(req, kinds, page):
    parts = [p for p in req.path.split('/') if p]
    if parts and parts[0] == 'api':
        parts = parts[1:]
    if not parts or parts[0] not in kinds:
        return _json_answer({}, status=404)
    kind = parts[0]
    if req.method in ('POST', 'PUT', 'PATCH'):
        body = dict(req.json) if isinstance(req.json, dict) else {}
        if req.method == 'POST':
            body['id'] = _COUNTS[kind] + 1
            return _json_answer(body, status=201)
        return _json_answer(body)
    if req.method == 'DELETE':
        return _json_answer({})
    if len(parts) == 1:
        return _json_answer([_record(kind, i) for i in range(1, min(_COUNTS[kind], page) + 1)])
    if len(parts) == 2 and parts[1].isdigit() and 1 <= int(parts[1]) <= _COUNTS[kind]:
        return _json_answer(_record(kind, int(parts[1])))
    return _json_answer({}, status=404)


def answer(req):
    """Answer req, or return None when its host does not exist."""
    host = req.host.lower()
    if host == 'httpbin.org':
        return _httpbin(req)
    if host in ('example.com', 'www.example.com', 'example.org', 'www.example.org'):
        return Answer(200, _EXAMPLE_PAGE, content_type='text/html; charset=UTF-8')
    if host == 'api.example.com':
        return _rest_api(req, ('users', 'posts', 'comments'), 10)
    if host == 'jsonplaceholder.typicode.com':
        return _rest_api(req, ('users', 'posts', 'comments', 'todos'), 1000)
    return None
