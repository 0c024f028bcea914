"""Asobiba's own modules: simulations a lesson can opt into.

asobiba.aiohttp   a simulated aiohttp client (ClientSession, responses, errors) whose
                  requests reach a few simulated hosts (httpbin.org, example.com,
                  api.example.com, jsonplaceholder.typicode.com) on the virtual clock.
                  `import asobiba.aiohttp as aiohttp`, or call asobiba.aiohttp.install() so
                  that `import aiohttp` finds it.
asobiba.uvloop    uvloop's API (run, new_event_loop, EventLoopPolicy, install) on
                  Asobiba's own loop, the only loop there is.

They are not installed under the names of the real libraries by default: the CPython oracle
has neither aiohttp nor uvloop, so a program importing them prints ModuleNotFoundError there
and here.
"""
