"""Organizations added to the knowledge base in session 5, in sentences of our own: each is found as
an ORG with the KB's id and headquarters country (one-word names the small model would otherwise
mistype or leave without a country), and ordinary words left out of the KB stay out of it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

CASES = [
    # text, entity id, country
    # defence and aerospace contractors
    ("Leidos won a contract from the Pentagon.", "org:leidos", "US"),
    ("China sanctioned Textron and Skydio over arms sales to Taiwan.", "org:textron", "US"),
    ("China sanctioned Textron and Skydio over arms sales to Taiwan.", "org:skydio", "US"),
    ("Beijing also targeted L3Harris and Huntington Ingalls.", "org:l3harris", "US"),
    ("Beijing also targeted L3Harris and Huntington Ingalls.", "org:huntington-ingalls-industries", "US"),
    ("Rheinmetall and Hensoldt raised their forecasts.", "org:rheinmetall", "DE"),
    ("Rheinmetall and Hensoldt raised their forecasts.", "org:hensoldt", "DE"),
    ("Hanwha Aerospace and Elbit Systems signed an agreement.", "org:hanwha-aerospace", "KR"),
    ("Hanwha Aerospace and Elbit Systems signed an agreement.", "org:elbit-systems", "IL"),
    ("Helsing builds AI software for drones.", "org:helsing", "DE"),
    # Chinese chip, telecom, computing and security firms
    ("Piotech shares rose after the export rule.", "org:piotech", "CN"),
    ("GigaDevice makes flash memory.", "org:gigadevice", "CN"),
    ("Innolight ships optical modules to Nvidia.", "org:zhongji-innolight", "CN"),
    ("Quectel sells modules to carmakers.", "org:quectel", "CN"),
    ("FiberHome and Hengtong lay undersea cables.", "org:fiberhome", "CN"),
    ("Luxshare assembles iPhones for Apple.", "org:luxshare", "CN"),
    ("Sitonholy was added to the Entity List.", "org:sitonholy", "CN"),
    ("CloudMinds was added to the Entity List.", "org:cloudminds", "CN"),
    ("i-Soon hacked foreign ministries, prosecutors said.", "org:i-soon", "CN"),
    # Chinese robots, drones, vehicles, internet
    ("Galbot showed a humanoid robot in Beijing.", "org:galbot", "CN"),
    ("Unitree competes with Fourier Intelligence and Leju Robotics.", "org:fourier-intelligence", "CN"),
    ("EHang flies passenger drones.", "org:ehang", "CN"),
    ("Autel Robotics makes drones.", "org:autel-robotics", "CN"),
    ("Zeekr and Leapmotor cut prices again.", "org:zeekr", "CN"),
    ("Zeekr and Leapmotor cut prices again.", "org:leapmotor", "CN"),
    ("Bilibili and Kingsoft reported earnings.", "org:bilibili", "CN"),
    ("Bilibili and Kingsoft reported earnings.", "org:kingsoft", "CN"),
    ("Midea owns the German robot maker KUKA.", "org:kuka", "DE"),
    ("Researchers at Zhejiang Lab and Westlake University published the model.", "org:zhejiang-lab", "CN"),
    (
        "Researchers at Zhejiang Lab and Westlake University published the model.",
        "org:westlake-university",
        "CN",
    ),
    # Japan, Korea, Taiwan
    ("Fanuc said robot orders from China recovered.", "org:fanuc", "JP"),
    ("Murata Manufacturing makes capacitors.", "org:murata-manufacturing", "JP"),
    ("Kia and Hyundai Mobis invest in software.", "org:kia", "KR"),
    ("Upstage released a Korean language model.", "org:upstage", "KR"),
    ("Wiwynn builds servers for cloud providers.", "org:wiwynn", "TW"),
    ("Realtek supplies networking chips.", "org:realtek", "TW"),
    ("TrendForce said DRAM prices would rise.", "org:trendforce", "TW"),
    # Europe, India, Gulf, Canada
    ("Wipro and Capgemini signed AI deals with Accenture.", "org:wipro", "IN"),
    ("Wipro and Capgemini signed AI deals with Accenture.", "org:capgemini", "FR"),
    ("Wipro and Capgemini signed AI deals with Accenture.", "org:accenture", "IE"),
    ("Infosys, Wipro and HCLTech hired fewer graduates.", "org:hcltech", "IN"),
    ("Nebius signed a deal with Microsoft.", "org:nebius", "NL"),
    ("Aramco Digital will build data centres with Groq.", "org:aramco-digital", "SA"),
    ("Tenstorrent licenses RISC-V designs.", "org:tenstorrent", "CA"),
    ("Mellanox was bought by Nvidia.", "org:mellanox", "IL"),
    # US startups, investors, research firms
    ("Anysphere raised money for its coding tool.", "org:anysphere", "US"),
    ("Skild AI and Physical Intelligence build robot brains.", "org:skild-ai", "US"),
    ("Skild AI and Physical Intelligence build robot brains.", "org:physical-intelligence", "US"),
    ("Jane Street bought shares in the listing.", "org:jane-street", "US"),
    ("The deal was backed by Silver Lake Partners and KKR.", "org:kkr", "US"),
    ("Gartner expects PC shipments to grow.", "org:gartner", "US"),
    # round 3 (session 6): second-tier Chinese chip, optical, space, robot and car firms
    ("Nexchip and Silan Microelectronics expanded capacity in Hefei.", "org:nexchip", "CN"),
    ("Nexchip and Silan Microelectronics expanded capacity in Hefei.", "org:silan-microelectronics", "CN"),
    ("Rockchip and Goodix reported higher sales.", "org:rockchip", "CN"),
    ("Eoptolink sells optical transceivers to Nvidia.", "org:eoptolink", "CN"),
    ("LandSpace launched a methane rocket.", "org:landspace", "CN"),
    ("Estun Automation and Inovance sell industrial robots.", "org:inovance", "CN"),
    ("Zhuoyu Technology supplies driver-assistance systems.", "org:zhuoyu-technology", "CN"),
    # round 3: Asian, Turkish and European firms, US defence start-ups and investors
    ("Lasertec and Kokusai Electric rose in Tokyo trading.", "org:kokusai-electric", "JP"),
    ("Hanwha Ocean and Hyundai Rotem won export orders.", "org:hyundai-rotem", "KR"),
    ("Phison and Novatek cut their forecasts.", "org:novatek-microelectronics", "TW"),
    ("Kaynes Technology will build a chip packaging plant.", "org:kaynes-technology", "IN"),
    ("Cellebrite sold phone-cracking tools to police.", "org:cellebrite", "IL"),
    ("Baykar and Aselsan showed new drones.", "org:baykar", "TR"),
    ("Viettel and FPT Corporation signed an AI deal with Nvidia.", "org:viettel", "VN"),
    ("Danantara will invest in data centres.", "org:danantara", "ID"),
    ("Khazanah Nasional backed the data centre.", "org:khazanah-nasional", "MY"),
    ("KNDS and Safran supply the French army.", "org:knds", "NL"),
    ("Axelera AI raised money for edge chips.", "org:axelera-ai", "NL"),
    ("Saronic builds autonomous boats for the Navy.", "org:saronic", "US"),
    ("In-Q-Tel invested in the start-up.", "org:in-q-tel", "US"),
    # round 3: government bodies, trade associations, research bodies
    ("The Bundeskartellamt opened a probe into Amazon.", "org:bundeskartellamt", "DE"),
    ("MeitY approved four chip plants.", "org:meity", "IN"),
    ("The Korea Fair Trade Commission fined Google.", "org:korea-fair-trade-commission", "KR"),
    ("JETRO said Japanese firms plan to invest more.", "org:jetro", "JP"),
    (
        "The Customs Tariff Commission of the State Council announced new duties.",
        "org:tariff-commission-of-the-state-council",
        "CN",
    ),
    ("DG Connect drafted the rules.", "org:dg-connect", "EU"),
    ("The Defense Innovation Unit awarded contracts to drone makers.", "org:defense-innovation-unit", "US"),
    ("CISA said the hackers were linked to China.", "org:cisa", "US"),
    ("CAAM said exports rose in May.", "org:caam", "CN"),
    ("The China Passenger Car Association said sales fell.", "org:cpca", "CN"),
    ("ZVEI and VDMA warned about tariffs.", "org:vdma", "DE"),
    ("HKTDC organises the fair every spring.", "org:hktdc", "HK"),
    ("Koelnmesse runs Gamescom.", "org:koelnmesse", "DE"),
    ("Researchers at IIT Bombay and the Technion built the model.", "org:iit-bombay", "IN"),
    ("Researchers at IIT Bombay and the Technion built the model.", "org:technion", "IL"),
]


@pytest.mark.parametrize(("text", "entity_id", "country"), CASES)
def test_entities_kb_orgs_found_with_country(
    facts: Callable[..., Any], text: str, entity_id: str, country: str
) -> None:
    doc = facts(text)
    found = {e.id: (e.type.value, e.country) for e in doc.entities}
    assert entity_id in found, sorted(found)
    assert found[entity_id] == ("ORG", country)


# Ordinary words at the start of a sentence: the KB holds no record or alias that would turn them
# into these companies (Lambda Labs, Crusoe Energy, Mentor Graphics and Fidelity Investments have no
# one-word alias; Covariant was left out of the KB).
COMMON_WORD_CASES = [
    ("Lambda functions run on AWS servers.", "org:lambda"),
    ("Crusoe was shipwrecked for years in the novel.", "org:crusoe"),
    ("Mentor programmes help young engineers at Intel.", "org:siemens-eda"),
    ("Fidelity to the party line was demanded of officials.", "org:fidelity-investments"),
    ("Covariant features of the model were studied by Google.", "org:covariant"),
    # round 3: GAC Aion has no bare "Aion" alias, Lucid Motors no "Lucid Group" (it reduces to "Lucid")
    ("Aion was a game that Tencent once published.", "org:gac-aion"),
    ("Lucid explanations of the chip rules came from Nvidia.", "org:lucid-motors"),
]


@pytest.mark.parametrize(("text", "entity_id"), COMMON_WORD_CASES)
def test_entities_kb_orgs_common_word_is_no_company(
    facts: Callable[..., Any], text: str, entity_id: str
) -> None:
    doc = facts(text)
    assert entity_id not in {e.id for e in doc.entities}
