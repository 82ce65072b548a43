-- Cooperation events (Kooperationsveranstaltungen) are a kind of event of their own; like own events and
-- network talks they count as events held (only trips do not).
ALTER TABLE metric_event DROP CONSTRAINT IF EXISTS metric_event_type_check;
ALTER TABLE metric_event ADD CONSTRAINT metric_event_type_check
    CHECK (type IN ('OWN_EVENT','NETWORK_TALK','WORKSHOP','TRIP','COOPERATION'));

-- Staff open and close registration for a public event by hand (a capacity alone no longer means open).
ALTER TABLE public_event ADD COLUMN registration_open boolean NOT NULL DEFAULT true;

-- The language a registrant asked in (form or Accept-Language), so every later mail about the
-- registration (moved up from the waiting list) speaks it too.
ALTER TABLE event_registration ADD COLUMN language text NOT NULL DEFAULT 'de' CHECK (language IN ('de','en'));
