-- Transfer concept versions stay frozen, with one exception: a GDPR erasure (privacy feature, via
-- concept/ConceptPersonalData) replaces the submitter's subject and name, and a name quoted in the
-- content, by a pseudonym. It marks its transaction with `set_config('kreativland.erasure', 'on', true)`;
-- nothing else sets that flag. The version's number, concept and time never change.
-- (V12, not V11: V11 is taken by the list indexes of the query-performance work.)
CREATE OR REPLACE FUNCTION transfer_concept_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('kreativland.erasure', true), '') = 'on'
            AND NEW.id = OLD.id AND NEW.concept_id = OLD.concept_id AND NEW.number = OLD.number
            AND NEW.submitted_at = OLD.submitted_at THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'transfer concept versions are immutable' USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
