-- Transfer concepts (V5) and the learning space (V6) were built side by side; now that both exist,
-- a module's provenance must name an existing concept.
ALTER TABLE learning_module
    ADD CONSTRAINT learning_module_provenance_concept_fk
    FOREIGN KEY (provenance_concept_id) REFERENCES transfer_concept (id) ON DELETE SET NULL;
