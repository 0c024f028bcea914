# glibc's strftime flags (- _ 0 ^ #), widths and E/O modifiers, %P and %z's sign, as lessons
# write "%-d %B" or "%-I:%M %p".
import time

t = time.struct_time((2024, 3, 5, 7, 8, 9, 1, 65, 0, "UTC", 0))
for f in ["%-d %B %Y", "%-I:%M %p", "%_d|%_H|%_m", "%05d|%3e|%-5d|%_5m", "%^a %^B %^p %#p %#Z",
          "%#a %#A %#b %#h", "%10Y|%-y|%-j|%-C|%4C", "%Ey %Od %EY %OH %Ex %EC", "%Ea %OA %EH %ES",
          "%P %^P %#P", "%-10A|%010d|%-1j", "%^c", "%-%|%5%|%5n", "%E", "x%O", "%-z %z"]:
    print(repr(f), repr(time.strftime(f, t)))
east = time.struct_time((2024, 3, 5, 17, 8, 9, 1, 65, 0, "IST", 19800))
west = time.struct_time((2024, 3, 5, 17, 8, 9, 1, 65, 1, "EDT", -14400))
for s in (east, west):
    print(time.strftime("%H:%M %Z %z %-z %I %P", s))
print(repr(time.strftime("%z %Z", (2024, 3, 5, 0, 0, 0, 1, 65, 1))), repr(time.strftime("%z %Z", (2024, 3, 5, 0, 0, 0, 1, 65, -7))))
print(time.strftime("%a %A %j %U %G-W%V-%u", (2024, 3, 5, 0, 0, 0, 4, 200, 0)))
print(time.strftime("%a", (2024, 3, 5, 0, 0, 0, -1, 65, 0)), time.strftime("%a", (2024, 3, 5, 0, 0, 0, 13, 65, 0)))
try:
    time.strftime("%a", (2024, 3, 5, 0, 0, 0, -2, 65, 0))
except ValueError as e:
    print("ValueError:", e)
try:
    time.strftime("%Y", (2024.0, 3, 5, 0, 0, 0, 1, 65, 0))
except TypeError as e:
    print("TypeError:", e)
