# The same mistake left uncaught at module level: the warning comes first, then the
# traceback.
async def numbers():
    return [1, 2, 3]


total = 0
for n in numbers():
    total += n
print(total)
