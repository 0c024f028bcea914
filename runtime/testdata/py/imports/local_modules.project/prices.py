TAX_RATE = 0.1


def with_tax(yen):
    return round(yen * (1 + TAX_RATE))


def check(yen):
    if yen < 0:
        raise ValueError(f"negative price: {yen}")
    return yen
