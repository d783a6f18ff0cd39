-- Documented consent (D3): what lifts confidentiality between agencies, for which organisations and which
-- categories of data, until when, and its withdrawal. Consents are never deleted or rewritten; a withdrawal
-- is recorded on the consent.
create table consent_text (
    version      varchar(20)   not null,
    language     varchar(5)    not null,
    title        varchar(200)  not null,
    body         varchar(8000) not null,
    published_on date          not null,
    primary key (version, language)
);

create table consent (
    id                         uuid         primary key,
    client_id                  uuid         not null references client (id),
    consent_form               varchar(10)  not null,
    given_on                   date         not null,
    witness                    varchar(200),
    told_about_confidentiality boolean      not null,
    text_version               varchar(20)  not null,
    valid_until                date,
    documented_by              uuid         not null,
    documented_at              timestamp with time zone not null,
    document_name              varchar(200),
    document_type              varchar(60),
    document                   bytea,
    withdrawn_on               date,
    withdrawal_how             varchar(200),
    withdrawn_by               uuid,
    withdrawn_at               timestamp with time zone
);
create index consent_client_idx on consent (client_id);

create table consent_organisation (
    consent_id      uuid not null references consent (id),
    organisation_id uuid not null references organisation (id),
    primary key (consent_id, organisation_id)
);

create table consent_category (
    consent_id uuid        not null references consent (id),
    category   varchar(40) not null,
    primary key (consent_id, category)
);

insert into consent_text (version, language, title, body, published_on) values
('2026-1', 'en', 'Consent to share information in the reintegration group',
 'The Prison and Probation Service, the municipality and the other agencies you choose below each keep their own records about you, and each is bound by confidentiality. This consent lifts that confidentiality between the agencies you name, for the kinds of information you tick, so that they can plan your release and the time after it together with you. You decide which agencies and which kinds of information. You do not have to consent, and saying no does not affect your right to support from each agency. You can withdraw your consent at any time, in writing or by telling your coordinator; it then stops at once for the future. The consent is valid until the date written below. You can always ask to see who has read your information.',
 '2026-01-01'),
('2026-1', 'sv', 'Samtycke till att dela uppgifter i inslussningsgruppen',
 'Kriminalvården, kommunen och de andra aktörer som du väljer nedan har var och en egna uppgifter om dig, och var och en har tystnadsplikt. Det här samtycket häver sekretessen mellan de aktörer du anger, för de slags uppgifter du kryssar i, så att de tillsammans med dig kan planera din frigivning och tiden efter. Du bestämmer vilka aktörer och vilka slags uppgifter. Du måste inte samtycka, och ett nej påverkar inte din rätt till stöd från varje aktör. Du kan när som helst ta tillbaka samtycket, skriftligt eller genom att säga det till din samordnare; det upphör då genast att gälla framåt. Samtycket gäller till det datum som står nedan. Du kan alltid be att få se vem som har läst dina uppgifter.',
 '2026-01-01');
