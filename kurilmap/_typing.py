"""Type aliases shared by kurilmap's modules."""

from __future__ import annotations

from typing import Literal, TypeAlias

ColumnKind: TypeAlias = Literal["str", "int", "float", "bool", "date"]
"""How a column's values are stored and typed when loaded."""

DatasetKind: TypeAlias = Literal["vector", "table"]
"""``vector``: GeoJSON loaded as a GeoDataFrame; ``table``: CSV as a DataFrame."""

IslandGroup: TypeAlias = Literal["iturup", "kunashir", "shikotan", "habomai"]
"""The four disputed groups."""

GeocodeMethod: TypeAlias = Literal["exact", "normalised", "fuzzy", "online"]
"""How a name was matched."""

Lang: TypeAlias = Literal["en", "ja", "ru"]
"""Languages of labels."""

View: TypeAlias = Literal["japan", "russia", "de_facto", "neutral"]
"""Points of view of the claims model."""

Party: TypeAlias = Literal["japan", "russia"]
"""The two parties of the dispute."""
