-- The responsibilities and authorities of each role, from the organisation's own role
-- descriptions (Swedish) with an English translation. Editable by the system administrator.

INSERT INTO role_description (role, version, responsibilities_sv, responsibilities_en) VALUES
('PROCESS_ADMINISTRATOR', 1,
 '• Ansvarar för att administrera en planeringsprocess i verktyget: öppnar, schemalägger, stänger och öppnar åter planeringsomgångar.',
 '• Administers a planning process in the tool: opens, schedules, closes and reopens planning rounds.'),
('ECONOMIST', 1,
 '• Ansvarar för att registrera och korrigera intäkter och kostnader för avdelningens olika verksamheter och aktiviteter vid budgetering och prognostisering.
• Ansvarar som första hierarkiska nivå i verktyget för att analysera och godkänna sin registrerade budget och prognos.',
 '• Registers and corrects revenues and costs for the department''s activities when budgeting and forecasting.
• As the first level in the tool, analyses and approves the budget and forecast they registered.'),
('DEPARTMENT_HEAD', 1,
 '• Ansvarar för att planeringsunderlag för samtliga verksamheter och aktiviteter upprättas som underlag för budgetering.
• Ansvarar som första hierarkiska nivå för att analysera och godkänna planering.
• Ansvarar som första hierarkiska nivå för att analysera och godkänna registrerad budget och prognos.',
 '• Makes sure planning material exists for every activity as a basis for budgeting.
• As the first hierarchical level, analyses and approves planning.
• As the first hierarchical level, analyses and approves the registered budget and forecast.'),
('GROUP_HEAD', 1,
 '• Ansvarar som andra hierarkiska nivå för att analysera och godkänna den planering som avdelningsekonom registrerat och avdelningschef godkänt.',
 '• As the second hierarchical level, analyses and approves the planning that the department economist registered and the department head approved.'),
('UNIVERSITY_APPROVER', 1,
 '• Ansvarar som sista hierarkiska nivå för att analysera universitetstotal budget och prognos.
• Ansvarar som sista hierarkiska nivå för att i verktyget godkänna total budget och prognos efter att universitetsstyrelsen godkänt universitetets budget.',
 '• As the last hierarchical level, analyses the university total budget and forecast.
• As the last hierarchical level, approves the total budget and forecast in the tool after the university board has adopted the university''s budget.'),
('PROCESS_OWNER', 1,
 '• Implementera processen i organisationen.
• Beslutar om förändringar i processen.
• Budgetansvar för processen.',
 '• Implements the process in the organisation.
• Decides changes to the process.
• Owns the process budget.'),
('SYSTEM_OWNER', 1,
 '• Fastställa förvaltningsorganisationen för förvaltningsobjektet.
• Tilldela resurser till förvaltningsobjektet inom den egna delen av organisationen.
• I samråd med IT-ansvarig besluta förvaltningsplanen.
• I samråd med IT-ansvarig besluta om utveckling i frågor om ny funktionalitet och frågor i samband med systemförändringar som inte behöver lyftas till systemägarrådet.
• Förvalta avtal kring förvaltningsobjektet.
• Prioritera de ekonomiska resurserna inom det egna verksamhetsområdet.
• Godkänna behörighetsstrukturer och säkerhetsinstruktioner.
• Godkänna användarhandledning och annan dokumentation.',
 '• Sets the management organisation of the managed object.
• Assigns resources to the managed object within their own part of the organisation.
• Decides the management plan together with the IT lead.
• Decides, together with the IT lead, development of new functionality and system changes that need not go to the system owners'' council.
• Manages the agreements around the managed object.
• Prioritises the economic resources within their own area.
• Approves access structures and security instructions.
• Approves user guides and other documentation.'),
('SYSTEM_ADMINISTRATOR', 1,
 '• Dokumentera och sprida information om förvaltningsobjektet.
• Dokumentera fel och buggar.
• Fånga upp och sammanställa krav på förändring och utveckling från användare och lyfta dessa till systemägaren, ev. i samarbete med användarråd.
• Bedriva användarsupport utifrån ett verksamhetsperspektiv.
• Planera och realisera utbildningar efter behov.
• Ansvara för övergripande användar- och behörighetsadministration.
• Leda arbete med användartester av nya funktioner.
• Upprätta utkast till förvaltningsplan.
• Prioritera inom förvaltningsplanen.',
 '• Documents and spreads information about the managed object.
• Logs faults and bugs.
• Collects change and development requests from users and raises them to the system owner, possibly with the user council.
• Provides user support from the business perspective.
• Plans and runs trainings as needed.
• Is responsible for overall user and access administration.
• Leads user acceptance tests of new functions.
• Drafts the management plan.
• Prioritises within the management plan.'),
('SUPERUSER', 1,
 '• Ge support till användare i verksamheten.
• Samla in krav och önskemål från användare och föra dem vidare till systemansvarig.
• Delta i testning av nya funktioner.
• Rådgivande.',
 '• Supports users in their unit.
• Collects requirements and wishes from users and passes them to the system administrator.
• Takes part in testing new functions.
• Advisory.'),
('USER_COUNCIL_MEMBER', 1,
 '• Samla in krav och önskemål från användare och föra dem vidare till den systemansvarige.
• Delta i prioritering av utveckling och underhåll inom förvaltningsplanens ramar.
• Delta i testning av nya funktioner.
• Ansvar för att förankra förändringar i fakultetsorganisationen.
• Rådgivande.',
 '• Collects requirements and wishes from users and passes them to the system administrator.
• Takes part in prioritising development and maintenance within the management plan.
• Takes part in testing new functions.
• Anchors changes in the faculty organisation.
• Advisory.'),
('E_COORDINATOR', 1,
 '• Genomför årshjulets aktiviteter för e-området: startmöte, behov inför kommande år, resursplanering inför Trattenmöten, underlag till styrgruppen, nulägesbedömning av informationssäkerhet, översyn av avtal och serviceöverenskommelser, prioritering mot budgetram och framtagande av e-förvaltningsplanen.',
 '• Runs the year wheel''s activities for the e-area: start meeting, needs for next year, resource planning for funnel meetings, steering-group material, information-security assessment, review of agreements and SLAs, prioritisation against the budget frame and drafting the management plan.'),
('STEERING_GROUP_MEMBER', 1,
 '• Genomför styrgruppsmöte varje kvartal: följer upp årsuppdragets utfall, hanterar avvikelser och omprioriteringar.
• Ger inriktning för årsmål, prioriteringar, budget och resurser.
• Godkänner kommande års förvaltningsplan med årsuppdrag, resurser och budget.',
 '• Holds the quarterly steering-group meeting: follows up the annual assignment''s outcome, handles deviations and re-prioritisation.
• Gives direction on annual goals, priorities, budget and resources.
• Approves next year''s management plan with annual assignment, resources and budget.');
