"""`kiosk fleet report`: many kiosks' reports folders merged into one page.

No Qt here; matplotlib (the ``fleet`` extra) is imported only by the charts,
only when a report is made: the kiosk itself never loads it.
"""
