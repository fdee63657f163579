"""Speech for visitors who cannot see the screen: what is said, in which
voice, and how espeak-ng is asked to say it.

No Qt here (an import-linter contract, as for kiosk.packs): the running
kiosk (kiosk.models.speech_mode, kiosk.ops.speech_engine) and ``kiosk say``
share it.

- :mod:`kiosk.speech.voices`: the espeak-ng program, a voice per language,
  and its command line (never a shell; the text goes on stdin);
- :mod:`kiosk.speech.plain`: content text made safe and sayable (no markup,
  no espeak-ng phoneme input, no control characters, bounded length);
- :mod:`kiosk.speech.numbers`: numbers in Turkmen words (espeak-ng's Turkmen
  voice says no digits at all);
- :mod:`kiosk.speech.spoken`: phone numbers in their written groups, e-mail
  and web addresses readably;
- :mod:`kiosk.speech.phrases`: what is said for a focused item (name, role,
  state, position), from words the Qt side translates.
"""
