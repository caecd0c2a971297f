"""Learned components: a sentence event-type classifier trained on the tuning gold
(scripts/train_event_classifier.py) and the post-step that uses it on the rule coder's events."""
