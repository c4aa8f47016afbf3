"""dailybrief: a daily Chinese policy-and-industry brief, grounded in its sources.

collect → extract → store → analyse → write → render; see docs/architecture.md.
"""

import logging

__version__ = "0.1.0"
__all__ = ["__version__"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
