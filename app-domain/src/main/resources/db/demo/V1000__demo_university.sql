-- A fictional demo university. Loaded only when uniplan.demo-data=true (demo and test domains).
-- Every name here is invented. The demo logins are created in the server's file realm by
-- app-ear/src/main/payara/uniplan-domain.sh from demo-users.csv beside it.

INSERT INTO org_unit (id, version, code, name, kind, parent_id, active) VALUES
(1, 1, 'NSU', 'Norrskogs universitet', 'UNIVERSITY', NULL, TRUE),
(10, 1, 'NT', 'Fakulteten för naturvetenskap och teknik', 'FACULTY', 1, TRUE),
(11, 1, 'HS', 'Fakulteten för humaniora och samhällsvetenskap', 'FACULTY', 1, TRUE),
(12, 1, 'UF', 'Universitetsförvaltningen', 'ADMINISTRATION', 1, TRUE),
(100, 1, 'NT-FYS', 'Avdelningen för fysik', 'DEPARTMENT', 10, TRUE),
(101, 1, 'NT-KEM', 'Avdelningen för kemi', 'DEPARTMENT', 10, TRUE),
(102, 1, 'NT-DAT', 'Avdelningen för datavetenskap', 'DEPARTMENT', 10, TRUE),
(103, 1, 'NT-MAT', 'Avdelningen för matematik', 'DEPARTMENT', 10, TRUE),
(104, 1, 'HS-HIS', 'Avdelningen för historia', 'DEPARTMENT', 11, TRUE),
(105, 1, 'HS-PSY', 'Avdelningen för psykologi', 'DEPARTMENT', 11, TRUE),
(106, 1, 'HS-FEK', 'Avdelningen för företagsekonomi', 'DEPARTMENT', 11, TRUE),
(107, 1, 'UF-EKO', 'Ekonomiavdelningen', 'DEPARTMENT', 12, TRUE),
(108, 1, 'UF-IT', 'IT-avdelningen', 'DEPARTMENT', 12, TRUE),
(109, 1, 'UF-HR', 'HR-avdelningen', 'DEPARTMENT', 12, TRUE);

INSERT INTO activity (id, version, code, name, kind, department_id, active) VALUES
(1000, 1, 'NT-FYS-10', 'Grundutbildning fysik', 'EDUCATION', 100, TRUE),
(1001, 1, 'NT-FYS-11', 'Uppdragsutbildning fysik', 'EDUCATION', 100, TRUE),
(1002, 1, 'NT-FYS-30', 'Forskning materialfysik', 'RESEARCH', 100, TRUE),
(1003, 1, 'NT-FYS-31', 'Forskning astropartikelfysik (extern)', 'RESEARCH', 100, TRUE),
(1004, 1, 'NT-KEM-10', 'Grundutbildning kemi', 'EDUCATION', 101, TRUE),
(1005, 1, 'NT-KEM-30', 'Forskning analytisk kemi', 'RESEARCH', 101, TRUE),
(1006, 1, 'NT-KEM-31', 'Forskning hållbar kemi (EU)', 'RESEARCH', 101, TRUE),
(1007, 1, 'NT-DAT-10', 'Grundutbildning datavetenskap', 'EDUCATION', 102, TRUE),
(1008, 1, 'NT-DAT-12', 'Masterprogram AI', 'EDUCATION', 102, TRUE),
(1009, 1, 'NT-DAT-30', 'Forskning distribuerade system', 'RESEARCH', 102, TRUE),
(1010, 1, 'NT-DAT-90', 'Gemensamt avdelning', 'SUPPORT', 102, TRUE),
(1011, 1, 'NT-MAT-10', 'Grundutbildning matematik', 'EDUCATION', 103, TRUE),
(1012, 1, 'NT-MAT-30', 'Forskning tillämpad matematik', 'RESEARCH', 103, TRUE),
(1013, 1, 'NT-MAT-90', 'Gemensamt avdelning', 'SUPPORT', 103, TRUE),
(1014, 1, 'HS-HIS-10', 'Grundutbildning historia', 'EDUCATION', 104, TRUE),
(1015, 1, 'HS-HIS-30', 'Forskning nordisk historia', 'RESEARCH', 104, TRUE),
(1016, 1, 'HS-HIS-90', 'Gemensamt avdelning', 'SUPPORT', 104, TRUE),
(1017, 1, 'HS-PSY-10', 'Psykologprogrammet', 'EDUCATION', 105, TRUE),
(1018, 1, 'HS-PSY-11', 'Fristående kurser psykologi', 'EDUCATION', 105, TRUE),
(1019, 1, 'HS-PSY-30', 'Forskning arbetspsykologi', 'RESEARCH', 105, TRUE),
(1020, 1, 'HS-FEK-10', 'Civilekonomprogrammet', 'EDUCATION', 106, TRUE),
(1021, 1, 'HS-FEK-11', 'Uppdragsutbildning ledarskap', 'EDUCATION', 106, TRUE),
(1022, 1, 'HS-FEK-30', 'Forskning redovisning', 'RESEARCH', 106, TRUE),
(1023, 1, 'UF-EKO-90', 'Redovisning och ekonomistöd', 'SUPPORT', 107, TRUE),
(1024, 1, 'UF-EKO-91', 'Budget och uppföljning', 'SUPPORT', 107, TRUE),
(1025, 1, 'UF-EKO-92', 'Upphandling', 'SUPPORT', 107, TRUE),
(1026, 1, 'UF-IT-90', 'IT-drift', 'SUPPORT', 108, TRUE),
(1027, 1, 'UF-IT-91', 'Systemförvaltning', 'SUPPORT', 108, TRUE),
(1028, 1, 'UF-IT-92', 'IT-support', 'SUPPORT', 108, TRUE),
(1029, 1, 'UF-HR-90', 'Personaladministration', 'SUPPORT', 109, TRUE),
(1030, 1, 'UF-HR-91', 'Lön', 'SUPPORT', 109, TRUE),
(1031, 1, 'UF-HR-92', 'Arbetsmiljö', 'SUPPORT', 109, TRUE);

INSERT INTO account (id, version, number, name, kind, account_class, active) VALUES
(2000, 1, '3011', 'Anslag för utbildning på grundnivå och avancerad nivå', 'REVENUE', 'Intäkter av anslag', TRUE),
(2001, 1, '3012', 'Anslag för forskning och utbildning på forskarnivå', 'REVENUE', 'Intäkter av anslag', TRUE),
(2002, 1, '3110', 'Intäkter av uppdragsutbildning', 'REVENUE', 'Intäkter av avgifter', TRUE),
(2003, 1, '3120', 'Intäkter av uppdragsforskning', 'REVENUE', 'Intäkter av avgifter', TRUE),
(2004, 1, '3510', 'Bidrag från statliga myndigheter', 'REVENUE', 'Intäkter av bidrag', TRUE),
(2005, 1, '3520', 'Bidrag från EU', 'REVENUE', 'Intäkter av bidrag', TRUE),
(2006, 1, '3530', 'Bidrag från privata finansiärer', 'REVENUE', 'Intäkter av bidrag', TRUE),
(2007, 1, '3810', 'Finansiella intäkter', 'REVENUE', 'Finansiella intäkter', TRUE),
(2008, 1, '4011', 'Löner lärare och forskare', 'COST', 'Personalkostnader', TRUE),
(2009, 1, '4012', 'Löner teknisk och administrativ personal', 'COST', 'Personalkostnader', TRUE),
(2010, 1, '4110', 'Lönekostnadspålägg', 'COST', 'Personalkostnader', TRUE),
(2011, 1, '4510', 'Övriga personalkostnader', 'COST', 'Personalkostnader', TRUE),
(2012, 1, '5011', 'Lokalhyror', 'COST', 'Lokalkostnader', TRUE),
(2013, 1, '5510', 'Resor och konferenser', 'COST', 'Övriga driftkostnader', TRUE),
(2014, 1, '5610', 'Konsulttjänster', 'COST', 'Övriga driftkostnader', TRUE),
(2015, 1, '5710', 'Förbrukningsmaterial', 'COST', 'Övriga driftkostnader', TRUE),
(2016, 1, '5810', 'IT-tjänster och licenser', 'COST', 'Övriga driftkostnader', TRUE),
(2017, 1, '6011', 'Finansiella kostnader', 'COST', 'Finansiella kostnader', TRUE),
(2018, 1, '6311', 'Avskrivningar inventarier', 'COST', 'Avskrivningar', TRUE),
(2019, 1, '7511', 'Indirekta kostnader (OH)', 'COST', 'Interna kostnader', TRUE);

INSERT INTO fiscal_year (id, version, label, start_date, end_date) VALUES
(3000, 1, '2026', DATE '2026-01-01', DATE '2026-12-31'),
(3001, 1, '2027', DATE '2027-01-01', DATE '2027-12-31');

INSERT INTO governance_object (id, version, code, name, kind, active) VALUES
(500, 1, 'PPP', 'Produktionsplaneringsprocessen', 'PROCESS', TRUE),
(501, 1, 'UNIPLAN', 'UniPlan', 'MANAGED_OBJECT', TRUE),
(502, 1, 'E-EKO', 'E-område Ekonomi', 'E_AREA', TRUE),
(503, 1, 'E-UTB', 'E-område Utbildning', 'E_AREA', TRUE);

-- The user council exists but is not active at present, as in the organisation's own description.
INSERT INTO governance_body (id, version, governance_object_id, kind, active) VALUES
(600, 1, 501, 'USER_COUNCIL', FALSE),
(601, 1, 502, 'STEERING_GROUP', TRUE),
(602, 1, 503, 'STEERING_GROUP', TRUE);

INSERT INTO person (id, version, username, full_name, email, active) VALUES
(4000, 1, 'systemansvarig', 'Maja Berglund', 'systemansvarig@norrskog.example', TRUE),
(4001, 1, 'it.integration', 'Oskar Lindqvist', 'it.integration@norrskog.example', TRUE),
(4002, 1, 'processansvarig', 'Elin Sandberg', 'processansvarig@norrskog.example', TRUE),
(4003, 1, 'godkannare', 'Karin Holm', 'godkannare@norrskog.example', TRUE),
(4004, 1, 'dekan.nt', 'Anders Ekström', 'dekan.nt@norrskog.example', TRUE),
(4005, 1, 'dekan.hs', 'Lena Forsberg', 'dekan.hs@norrskog.example', TRUE),
(4006, 1, 'forvaltningschef', 'Per Nyström', 'forvaltningschef@norrskog.example', TRUE),
(4007, 1, 'avdchef.fysik', 'Johan Lundmark', 'avdchef.fysik@norrskog.example', TRUE),
(4008, 1, 'ekonom.fysik', 'Sofia Strand', 'ekonom.fysik@norrskog.example', TRUE),
(4009, 1, 'avdchef.historia', 'Nils Åberg', 'avdchef.historia@norrskog.example', TRUE),
(4010, 1, 'ekonom.historia', 'Emma Dahlgren', 'ekonom.historia@norrskog.example', TRUE),
(4011, 1, 'systemagare', 'Helena Wiklund', 'systemagare@norrskog.example', TRUE),
(4012, 1, 'ekoordinator', 'Jonas Blomqvist', 'ekoordinator@norrskog.example', TRUE),
(4013, 1, 'styrgrupp', 'Ulla Sjöholm', 'styrgrupp@norrskog.example', TRUE);

INSERT INTO role_assignment (id, version, person_id, role, unit_id, governance_object_id, assigned_at, assigned_by) VALUES
(5000, 1, 4000, 'SYSTEM_ADMINISTRATOR', NULL, 501, TIMESTAMP '2026-01-01 08:00:00', 'system'),
(5001, 1, 4002, 'PROCESS_ADMINISTRATOR', 1, NULL, TIMESTAMP '2026-01-01 08:00:00', 'system'),
(5002, 1, 4003, 'UNIVERSITY_APPROVER', 1, NULL, TIMESTAMP '2026-01-01 08:00:00', 'system'),
(5003, 1, 4004, 'GROUP_HEAD', 10, NULL, TIMESTAMP '2026-01-01 08:00:00', 'system'),
(5004, 1, 4005, 'GROUP_HEAD', 11, NULL, TIMESTAMP '2026-01-01 08:00:00', 'system'),
(5005, 1, 4006, 'GROUP_HEAD', 12, NULL, TIMESTAMP '2026-01-01 08:00:00', 'system'),
(5006, 1, 4006, 'PROCESS_OWNER', NULL, 500, TIMESTAMP '2026-01-01 08:00:00', 'system'),
(5007, 1, 4007, 'DEPARTMENT_HEAD', 100, NULL, TIMESTAMP '2026-01-01 08:00:00', 'system'),
(5008, 1, 4008, 'ECONOMIST', 100, NULL, TIMESTAMP '2026-01-01 08:00:00', 'system'),
(5009, 1, 4008, 'ECONOMIST', 101, NULL, TIMESTAMP '2026-01-01 08:00:00', 'system'),
(5010, 1, 4008, 'SUPERUSER', NULL, 501, TIMESTAMP '2026-01-01 08:00:00', 'system'),
(5011, 1, 4009, 'DEPARTMENT_HEAD', 104, NULL, TIMESTAMP '2026-01-01 08:00:00', 'system'),
(5012, 1, 4010, 'ECONOMIST', 104, NULL, TIMESTAMP '2026-01-01 08:00:00', 'system'),
(5013, 1, 4010, 'USER_COUNCIL_MEMBER', NULL, 501, TIMESTAMP '2026-01-01 08:00:00', 'system'),
(5014, 1, 4011, 'SYSTEM_OWNER', NULL, 501, TIMESTAMP '2026-01-01 08:00:00', 'system'),
(5015, 1, 4012, 'E_COORDINATOR', NULL, 502, TIMESTAMP '2026-01-01 08:00:00', 'system'),
(5016, 1, 4013, 'STEERING_GROUP_MEMBER', NULL, 502, TIMESTAMP '2026-01-01 08:00:00', 'system');
