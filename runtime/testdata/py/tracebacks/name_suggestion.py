def main():
    values = [1, 2]
    print(valeus)
main()
