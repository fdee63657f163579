"""View items and image providers: what draws pixels for the QML (the map's
painted items as ``Kiosk.Views``, the ``image://qr`` and ``image://icon``
providers). Views read the models; the models never import views."""
