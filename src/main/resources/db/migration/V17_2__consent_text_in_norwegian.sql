-- The information text of consent version 2026-1 in Norwegian (Bokmål), with the same content as the English
-- and Swedish texts, for clients who read Norwegian.
insert into consent_text (version, language, title, body, published_on) values
('2026-1', 'nb', 'Samtykke til å dele opplysninger i tilbakeføringsgruppen',
 'Kriminalvården (den svenske kriminalomsorgen), kommunen og de andre aktørene du velger nedenfor har hver sine opplysninger om deg, og hver av dem har taushetsplikt. Dette samtykket opphever taushetsplikten mellom de aktørene du nevner, for de typene opplysninger du krysser av for, slik at de sammen med deg kan planlegge løslatelsen din og tiden etterpå. Du bestemmer hvilke aktører og hvilke typer opplysninger. Du trenger ikke å samtykke, og et nei påvirker ikke retten din til støtte fra hver aktør. Du kan når som helst trekke samtykket tilbake, skriftlig eller ved å si det til koordinatoren din; det slutter da straks å gjelde fremover. Samtykket gjelder til datoen som står nedenfor. Du kan alltid be om å få se hvem som har lest opplysningene dine.',
 '2026-01-01');
