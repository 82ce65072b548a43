-- Demo world (issue 18): the newsletter's confirmed subscribers as a derived outreach figure (stock), counted from
-- the double opt-in sign-ups (newsletter_subscription_change), per scope and date. The Facebook page's 1,310
-- subscribers of the first 100 days stay a figure typed in from the page's statistics (R__60); the newsletter
-- starts empty, so the figure shows exactly who signed up and confirmed through the platform.
INSERT INTO indicator (key, name_de, name_en, definition, unit, kind, category, impact_level, source, derivation, is_public, position, created_by, updated_by) VALUES
  ('newsletter_subscribers', 'Newsletter-Abonnements', 'Newsletter subscribers',
   'Bestätigte Abonnements des Newsletters (Double-Opt-in) zum Stichtag, abgeleitet aus An- und Abmeldungen.',
   'Abonnements', 'STOCK', 'REACH', 'OUTPUT', 'DERIVED', 'NEWSLETTER_SUBSCRIBERS', true, 75, 'demo-world', 'demo-world')
ON CONFLICT (key) DO UPDATE SET
  name_de = EXCLUDED.name_de, name_en = EXCLUDED.name_en, definition = EXCLUDED.definition, unit = EXCLUDED.unit,
  kind = EXCLUDED.kind, category = EXCLUDED.category, impact_level = EXCLUDED.impact_level, source = EXCLUDED.source,
  derivation = EXCLUDED.derivation, is_public = EXCLUDED.is_public, position = EXCLUDED.position,
  updated_at = now(), updated_by = 'demo-world', version = indicator.version + 1;
