"""stub"""
def resolve_date(raw, published):
    return None
