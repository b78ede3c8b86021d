"""Organizations added to the knowledge base in sessions 5 to 7, in sentences of our own: each is found as
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
    # round 4 (session 6): drafts of round 3 checked and kept
    ("Allwinner and Amlogic make chips for set-top boxes.", "org:allwinner-technology", "CN"),
    ("Keenon Robotics sells delivery robots to restaurants.", "org:keenon-robotics", "CN"),
    ("Hithium builds battery cells in Texas.", "org:hithium", "CN"),
    ("Ulvac and Ebara supply vacuum pumps to chipmakers.", "org:ulvac", "JP"),
    ("Largan supplies camera lenses to Apple.", "org:largan-precision", "TW"),
    ("Lunate invested in the data centre fund.", "org:lunate", "AE"),
    ("Arianespace launched the satellite.", "org:arianespace", "FR"),
    ("IQM Quantum Computers opened an office in Munich.", "org:iqm-quantum-computers", "FI"),
    ("Atomico led the round.", "org:atomico", "GB"),
    ("IARPA funds research on quantum computing.", "org:iarpa", "US"),
    ("The Bundesnetzagentur ordered the removal of Huawei parts.", "org:bundesnetzagentur", "DE"),
    ("CCIA criticised the export rule.", "org:ccia", "US"),
    ("Researchers at EPFL and KU Leuven published the study.", "org:epfl", "CH"),
    (
        "South China University of Technology was added to the list.",
        "org:south-china-university-of-technology",
        "CN",
    ),
    # round 4: Entity List institutes, funds, media, sanctioned bodies, investors, second-tier firms
    (
        "The 13th Research Institute of CETC was added to the Entity List.",
        "org:cetc-13th-research-institute",
        "CN",
    ),
    ("The 14th Research Institute of CETC builds radars.", "org:cetc-14th-research-institute", "CN"),
    ("The Shanghai Academy of Spaceflight Technology builds rockets.", "org:sast", "CN"),
    ("Nettrix was added to the Entity List in March.", "org:nettrix", "CN"),
    ("QuantumCTek and Origin Quantum build quantum computers.", "org:origin-quantum", "CN"),
    ("WuXi AppTec shares fell on the Biosecure Act.", "org:wuxi-apptec", "CN"),
    ("Big Fund III invested in the memory maker.", "org:big-fund-iii", "CN"),
    ("Source Code Capital led the round.", "org:source-code-capital", "CN"),
    ("New H3C sells servers in China.", "org:h3c", "CN"),
    ("GDS Holdings and Chindata run data centres.", "org:gds-holdings", "CN"),
    ("LatePost reported the layoffs.", "org:latepost", "CN"),
    ("Commercial Times reported the TSMC price rise.", "org:commercial-times", "TW"),
    ("Interfax reported the deal.", "org:interfax", "RU"),
    ("Rosoboronexport signed the contract.", "org:rosoboronexport", "RU"),
    ("Baikal Electronics relied on TSMC for its processors.", "org:baikal-electronics", "RU"),
    ("The Islamic Revolutionary Guard Corps used the drones.", "org:irgc", "IR"),
    ("Shahed Aviation Industries designs the drones.", "org:shahed-aviation-industries", "IR"),
    ("The Reconnaissance General Bureau runs the hackers.", "org:reconnaissance-general-bureau", "KP"),
    ("Roketsan and Havelsan showed missiles.", "org:roketsan", "TR"),
    ("Samruk-Kazyna signed an AI deal.", "org:samruk-kazyna", "KZ"),
    (
        "The Hong Kong Investment Corporation backed the chip start-up.",
        "org:hong-kong-investment-corporation",
        "HK",
    ),
    ("Sanabil Investments joined the round.", "org:sanabil-investments", "SA"),
    ("Mizuho Financial Group lent the money.", "org:mizuho-financial-group", "JP"),
    ("Natcast runs the research centre.", "org:natcast", "US"),
    ("Quantinuum and IonQ raised money.", "org:ionq", "US"),
    ("Innoviz Technologies sells lidar to Volkswagen.", "org:innoviz-technologies", "IL"),
    # round 5 (session 7): families the held-out misses showed thin (car brands, CAS institutes, US defence
    # units, corporate labs and venture arms, Japanese, Korean, Taiwanese, Indian, Israeli, Gulf, Southeast
    # Asian and European firms and bodies, courts, international bodies, fair organizers)
    ("Hongqi and Forthing showed electric cars in Paris.", "org:hongqi", "CN"),
    ("Hongqi and Forthing showed electric cars in Paris.", "org:forthing", "CN"),
    ("Skyworth and Bluetti exhibited in Las Vegas.", "org:skyworth", "CN"),
    ("Skyworth and Bluetti exhibited in Las Vegas.", "org:bluetti", "CN"),
    ("Haval and Jetour expanded in Russia.", "org:haval", "CN"),
    ("The National Astronomical Observatories of China run the telescope.", "org:naoc", "CN"),
    (
        "The Shanghai Institute of Microsystem and Information Technology was added to the list.",
        "org:simit",
        "CN",
    ),
    (
        "The NPC Standing Committee passed the export control law.",
        "org:npc-standing-committee",
        "CN",
    ),
    ("The China Foreign Trade Centre organises the fair.", "org:china-foreign-trade-centre", "CN"),
    ("Beijing sanctioned Data Link Solutions and Alliant Techsystems.", "org:data-link-solutions", "US"),
    (
        "Beijing sanctioned Data Link Solutions and Alliant Techsystems.",
        "org:alliant-techsystems-operations",
        "US",
    ),
    ("Researchers from Google Brain founded the start-up.", "org:google-brain", "US"),
    ("The OpenAI Startup Fund joined the round.", "org:openai-startup-fund", "US"),
    ("BMW i Ventures led the round.", "org:bmw-i-ventures", "US"),
    ("Draper Esprit invested in the chip designer.", "org:draper-esprit", "GB"),
    ("Sumitomo Chemical and JX Advanced Metals supply chipmakers.", "org:jx-advanced-metals", "JP"),
    ("Astroscale and ispace raised money in Tokyo.", "org:astroscale", "JP"),
    ("JAXA launched the probe.", "org:jaxa", "JP"),
    ("Krafton and Netmarble reported earnings.", "org:krafton", "KR"),
    ("KEPCO signed a power deal with Samsung.", "org:kepco", "KR"),
    ("DAPA picked Hanwha for the contract.", "org:dapa", "KR"),
    ("Accton and Chenbro build switches for cloud firms.", "org:accton-technology", "TW"),
    ("Academia Sinica released a language model.", "org:academia-sinica", "TW"),
    ("AI4Bharat released an Indic language model.", "org:ai4bharat", "IN"),
    ("Skyroot Aerospace launched a rocket.", "org:skyroot-aerospace", "IN"),
    ("Camtek sells inspection tools to chipmakers.", "org:camtek", "IL"),
    ("Hub71 hosted the start-ups in Abu Dhabi.", "org:hub71", "AE"),
    ("Telstra and Optus bought Ericsson gear.", "org:telstra", "AU"),
    ("CSIRO researchers built the sensor.", "org:csiro", "AU"),
    ("Embraer sold jets to the airline.", "org:embraer", "BR"),
    (
        "The Enterprise Chamber of the Amsterdam Court of Appeal suspended the chief executive.",
        "org:enterprise-chamber-amsterdam",
        "NL",
    ),
    ("The ASEAN Secretariat published the report.", "org:asean-secretariat", "ID"),
    ("Fira de Barcelona hosts the congress.", "org:fira-barcelona", "ES"),
    ("Messe Stuttgart and Comexposium run trade fairs.", "org:comexposium", "FR"),
    ("SIPRI said arms sales rose.", "org:sipri", "SE"),
    ("Aixtron and SUSS MicroTec supply equipment.", "org:suss-microtec", "DE"),
    # round 6 (session 7): minerals, energy, Latin America, Africa, finance, cyber, data centres, Huawei
    # units, law and expert-network firms, think tanks, investors, space, smaller countries' bodies
    ("Lynas and Iluka Resources process rare earths outside China.", "org:iluka-resources", "AU"),
    ("China Northern Rare Earth raised prices.", "org:china-northern-rare-earth", "CN"),
    ("Zijin Mining bought a lithium project.", "org:zijin-mining", "CN"),
    ("SQM signed a lithium deal with Codelco.", "org:sqm", "CL"),
    ("SQM signed a lithium deal with Codelco.", "org:codelco", "CL"),
    ("Tongwei and Daqo New Energy cut polysilicon output.", "org:daqo-new-energy", "CN"),
    ("Goldwind shipped turbines to Brazil.", "org:goldwind", "CN"),
    ("Oklo and NuScale Power want to power data centres.", "org:oklo", "US"),
    ("Rappi and Kavak raised money from SoftBank.", "org:kavak", "MX"),
    ("Safaricom and Vodacom run M-Pesa.", "org:vodacom", "ZA"),
    ("Flutterwave processes payments in Lagos.", "org:flutterwave", "NG"),
    ("Invest in China welcomed the investors.", "org:invest-in-china", "CN"),
    ("Sinosure insured the shipment.", "org:sinosure", "CN"),
    ("The Taiwan Stock Exchange halted trading.", "org:taiwan-stock-exchange", "TW"),
    ("CrowdStrike and Mandiant traced the hack to China.", "org:crowdstrike", "US"),
    ("Sophos and ESET published threat reports.", "org:eset", "SK"),
    ("CNCERT accused US agencies of hacking.", "org:cncert", "CN"),
    ("Equinix and Digital Realty build data centres.", "org:digital-realty", "US"),
    ("Jabil and Fabrinet assemble optical modules.", "org:fabrinet", "TH"),
    ("Shennan Circuits makes substrates.", "org:shennan-circuits", "CN"),
    ("SK hynix Semiconductor (China) runs the Wuxi fab.", "org:sk-hynix-china", "CN"),
    ("Futurewei funded university research in the US.", "org:futurewei", "US"),
    ("SubCom lost the cable contract to HMN Technologies.", "org:subcom", "US"),
    ("Capvision was raided by Chinese state security.", "org:capvision", "CN"),
    ("Covington & Burling advised the chipmaker.", "org:covington-and-burling", "US"),
    ("The Stimson Center published the report.", "org:stimson-center", "US"),
    ("Hopu Investment backed Arm China.", "org:hopu-investment", "CN"),
    ("Investcorp invested in the Saudi start-up.", "org:investcorp", "BH"),
    ("CalPERS sold its Chinese holdings.", "org:calpers", "US"),
    (
        "The Congressional-Executive Commission on China held a hearing.",
        "org:congressional-executive-commission-on-china",
        "US",
    ),
    ("Saildrone and Hermeus won Pentagon contracts.", "org:saildrone", "US"),
    ("Astranis launched four satellites.", "org:astranis", "US"),
    ("Viasat bought Inmarsat.", "org:inmarsat", "GB"),
    ("Pixxel and Digantara raised money in India.", "org:digantara", "IN"),
    ("CNES and ISRO signed a space deal.", "org:cnes", "FR"),
    ("Grameenphone bought Huawei gear.", "org:grameenphone", "BD"),
    ("Teltonika builds routers in Vilnius.", "org:teltonika", "LT"),
    ("Kyivstar was hit by a cyberattack.", "org:kyivstar", "UA"),
    ("Vinnova funds AI research.", "org:vinnova", "SE"),
    (
        "The Lingang Special Area Administration courted chipmakers.",
        "org:lingang-special-area-administration",
        "CN",
    ),
    ("Skoltech and MIPT were sanctioned.", "org:skoltech", "RU"),
    ("Electrek reported the recall.", "org:electrek", "US"),
    # round 7 (session 8): families the KB was thin on: sponsor brands, airlines, shipping lines, oil
    # majors, Russian banks, supercomputing centres, AI-safety bodies, US offices, Chinese finance and
    # heavy industry, Southeast Asian, Korean and Japanese groups, universities, labs, African and
    # Latin American firms
    ("McDonald's and Adidas renewed their sponsorship deals.", "org:mcdonalds", "US"),
    ("McDonald's and Adidas renewed their sponsorship deals.", "org:adidas", "DE"),
    ("Airbnb and Booking.com use AI to answer guests.", "org:booking-holdings", "US"),
    ("Leica supplies camera lenses for the new phone.", "org:leica-camera", "DE"),
    ("Sega and Capcom showed games built with AI tools.", "org:sega", "JP"),
    ("Qatar Airways and Etihad Airways bought Starlink service.", "org:qatar-airways", "QA"),
    ("Qatar Airways and Etihad Airways bought Starlink service.", "org:etihad-airways", "AE"),
    ("Cathay Pacific flew the chips to Los Angeles.", "org:cathay-pacific", "HK"),
    ("COSCO bought a stake in the Hamburg terminal run by HHLA.", "org:cosco-shipping", "CN"),
    ("COSCO bought a stake in the Hamburg terminal run by HHLA.", "org:hhla", "DE"),
    ("Maersk and Hapag-Lloyd rerouted ships.", "org:maersk", "DK"),
    ("Gazprom and Rosneft lost European buyers.", "org:gazprom", "RU"),
    ("Alfa-Bank and Sovcombank were cut off from SWIFT.", "org:alfa-bank", "RU"),
    ("Equinor and Petronas signed a gas deal.", "org:petronas", "MY"),
    ("The machine at CINECA ranks among Europe's fastest.", "org:cineca", "IT"),
    ("NERSC and the Texas Advanced Computing Center bought Nvidia systems.", "org:nersc", "US"),
    ("The Jülich Supercomputing Centre runs Jupiter.", "org:julich-supercomputing-centre", "DE"),
    ("Apollo Research and METR test frontier models.", "org:apollo-research", "GB"),
    ("The Center for Humane Technology criticised the chatbot.", "org:center-for-humane-technology", "US"),
    (
        "The Office of Exporter Services reviews licence applications.",
        "org:office-of-exporter-services",
        "US",
    ),
    ("FinCEN warned banks about the scheme.", "org:fincen", "US"),
    ("Huatai Securities and Haitong Securities advised on the listing.", "org:huatai-securities", "CN"),
    ("XCMG and Zoomlion sell cranes abroad.", "org:zoomlion", "CN"),
    ("King Long and Yutong export electric buses.", "org:king-long", "CN"),
    ("Sinotruk and Weichai Power build trucks with Huawei software.", "org:sinotruk", "CN"),
    ("PowerChina will build the solar farm.", "org:powerchina", "CN"),
    ("SCBX and its venture arm SCB 10X invested in the start-up.", "org:scbx", "TH"),
    ("Maybank and CIMB financed the data centre.", "org:cimb", "MY"),
    ("DBS Bank and OCBC use generative AI.", "org:dbs-bank", "SG"),
    ("Jollibee opened stores in China.", "org:jollibee", "PH"),
    ("Shinhan Financial Group invested in the AI start-up.", "org:shinhan-financial", "KR"),
    ("Bridgestone and Daikin use robots in their plants.", "org:bridgestone", "JP"),
    ("Dentsu signed a deal with OpenAI.", "org:dentsu", "JP"),
    ("Researchers at Purdue University and Yale University built the chip.", "org:purdue-university", "US"),
    ("Scientists at Xiamen University and Jilin University built the sensor.", "org:xiamen-university", "CN"),
    ("The PLA National Defense University trains officers.", "org:pla-national-defense-university", "CN"),
    ("Tencent AI Lab released the model.", "org:tencent-ai-lab", "CN"),
    ("Schmidt Sciences and the Wellcome Trust fund the research.", "org:wellcome-trust", "GB"),
    ("Paystack and Moniepoint process payments in Nigeria.", "org:paystack", "NG"),
    ("Itaú Unibanco and Bradesco use cloud services.", "org:bradesco", "BR"),
    ("Ecopetrol signed a deal with Microsoft.", "org:ecopetrol", "CO"),
    ("Zomato and Swiggy deliver food in India.", "org:swiggy", "IN"),
    ("Bezos Expeditions and 1789 Capital joined the round.", "org:bezos-expeditions", "US"),
    ("Kasikornbank and Bangkok Bank lend to chip suppliers.", "org:kasikornbank", "TH"),
    ("Elmos Semiconductor sold its wafer fab to Silex Microsystems.", "org:elmos-semiconductor", "DE"),
    ("Wonik IPS and Jusung Engineering supply deposition tools.", "org:jusung-engineering", "KR"),
    ("Joby Aviation and Archer Aviation test air taxis.", "org:joby-aviation", "US"),
    ("XtalPi and Insilico Medicine use AI to design drugs.", "org:xtalpi", "CN"),
    # session 9 (kb9): investors, central banks, European groups and regulators, game studios, Gulf bodies,
    # consumer brands, US chip and drone firms, Asian suppliers, think tanks
    ("Bridgewater Associates cut its stake in Alibaba.", "org:bridgewater-associates", "US"),
    ("Point72 and Millennium Management bought Nvidia shares.", "org:point72", "US"),
    ("Baillie Gifford sold most of its Tesla shares.", "org:baillie-gifford", "GB"),
    ("Amundi and Schroders raised their holdings in TSMC.", "org:amundi", "FR"),
    ("Thoma Bravo agreed to buy the software maker.", "org:thoma-bravo", "US"),
    ("Speedinvest led the seed round.", "org:speedinvest", "AT"),
    ("The Bundesbank warned that tariffs would hurt exports.", "org:deutsche-bundesbank", "DE"),
    ("The Bank of Russia raised its key rate again.", "org:bank-of-russia", "RU"),
    ("Crédit Agricole and Commerzbank financed the chip plant.", "org:credit-agricole", "FR"),
    ("Crédit Agricole and Commerzbank financed the chip plant.", "org:commerzbank", "DE"),
    ("Deutsche Bahn signed a cloud contract with SAP.", "org:deutsche-bahn", "DE"),
    ("Iberdrola will supply power to the data centre.", "org:iberdrola", "ES"),
    ("BaFin fined the lender for weak controls.", "org:bafin", "DE"),
    ("FromSoftware and Cygames showed new titles.", "org:fromsoftware", "JP"),
    ("Hypergryph released a new mobile game.", "org:hypergryph", "CN"),
    ("CD Projekt delayed the sequel.", "org:cd-projekt", "PL"),
    ("Tahakom signed a deal with the ministry.", "org:tahakom", "SA"),
    ("Cainiao opened a logistics hub in Hungary.", "org:cainiao", "CN"),
    ("Wahaha and Nongfu Spring sell bottled water.", "org:nongfu-spring", "CN"),
    ("Eliyan raised money for chiplet interconnects.", "org:eliyan", "US"),
    ("Rambus and Ambarella reported results.", "org:ambarella", "US"),
    ("Flock Safety sells licence-plate cameras to police.", "org:flock-safety", "US"),
    ("Percepto flies inspection drones at refineries.", "org:percepto", "IL"),
    ("Gigaphoton makes light sources for lithography.", "org:gigaphoton", "JP"),
    ("Techwing makes test handlers for memory chips.", "org:techwing", "KR"),
    ("Zerodha and Razorpay are based in Bengaluru.", "org:zerodha", "IN"),
    ("Tokopedia merged its operations with TikTok Shop.", "org:tokopedia", "ID"),
    ("Pentamaster builds test equipment in Penang.", "org:pentamaster", "MY"),
    ("Episil makes power chips in Hsinchu.", "org:episil", "TW"),
    ("Denglin Technology designs GPUs.", "org:denglin-technology", "CN"),
    ("The Konrad Adenauer Foundation held a panel on China.", "org:konrad-adenauer-foundation", "DE"),
    ("The Cato Institute criticised the tariffs.", "org:cato-institute", "US"),
    ("Putin spoke at the Valdai Discussion Club.", "org:valdai-discussion-club", "RU"),
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
    # round 4: names and aliases left out (ordinary words, surnames, a first name, places)
    ("Naval officers from China and Russia met in Beijing.", "org:naval-group"),
    ("Vanguard units of the army moved first, Xinhua said.", "org:vanguard-group"),
    ("Snap chief Evan Spiegel spoke about AI glasses.", "org:der-spiegel"),
    ("Wired networks at the fab were isolated from Huawei gear.", "org:wired"),
    ("Tim Cook visited Shanghai in March.", "org:telecom-italia"),
    ("Dubai hosted the summit, Reuters reported.", "org:dubai-holding"),
    ("V2X chips let cars talk to traffic lights, Qualcomm said.", "org:v2x"),
    ("Magnetar stars were observed by the Chinese telescope.", "org:magnetar-capital"),
    # round 5: names left out because they read as words, first names or phrases (Mint, Globes, The National,
    # Snowflake, Workday, Hashed, Zain, Sparkle, Emerald, Foreign Policy, Lawfare) and kept aliases that must
    # not fire on ordinary text
    ("Mint green cases were shown by Xiaomi.", "org:mint-india"),
    ("Snowflake patterns covered the chip.", "org:snowflake"),
    ("Workday ended early at the Huawei campus.", "org:workday"),
    ("Zain Ahmed joined OpenAI in 2024.", "org:zain-group"),
    ("Foreign Policy Adviser Jake Sullivan met Wang Yi.", "org:foreign-policy"),
    ("Global brain drain worried Chinese officials.", "org:global-brain"),
    ("True to form, Nvidia beat forecasts.", "org:true-corporation"),
    # matching is case-blind after a capital first letter: "The Diplomat", "The Register" and
    # "Quantum Machines" would fire at a sentence start
    ("The diplomat said Beijing would respond to the chip rules.", "org:the-diplomat"),
    ("The register of Chinese firms grew in 2024.", "org:the-register"),
    ("Quantum machines from IBM reached 1,000 qubits.", "org:quantum-machines"),
    # a KB alias outranks the model's person names, so acronyms and brands that read as given names
    # were left out (SAIT, BOK, KETI, MARA, KARI, MISA; the Baojun brand, the bare "Wuling")
    ("Sait Kaya works at Huawei.", "org:samsung-advanced-institute-of-technology"),
    ("Bok Ji-hoon leads the team at Samsung.", "org:bank-of-korea"),
    ("Mara Quill chairs the firm that Beijing sanctioned.", "org:ministry-of-agriculture-and-rural-affairs"),
    ("Zhang Baojun said sales rose at SAIC.", "org:baojun"),
    ("Zhao Wuling met Huawei officials.", "org:wuling-motors"),
    # round 6: names and aliases left out (a word, a surname, a given name, a place, a phrase): no
    # Linde plc, Flex Ltd., Switch Inc., Lookout Inc., Tenable, Dragos, IREN, GEM Co., Kroll, Mintz
    # Group, Janes, no bare Jada, Hassana or Jiwei, no "CDP Group" (it reduces to CDP)
    ("Flex fuel cars sold well in Brazil.", "org:flex-ltd"),
    ("Switch to Huawei chips was slow.", "org:switch-inc"),
    ("Tenable arguments were made by Nvidia.", "org:tenable"),
    ("Gem stones were seized at the border.", "org:gem-co"),
    ("Lou Jiwei was China's finance minister.", "org:jw-insights"),
    ("Jada Smith joined Anthropic.", "org:jada-fund-of-funds"),
    ("The exploration of Mars continued, CNSA said.", "org:the-exploration-company"),
    # round 7: names and aliases left out (a word, a surname, a given name, a place): no Shell plc,
    # Chevron, Visa, Dow, Omega, Swatch Group, Recruit Holdings, Aeon, Central Group, Salim Group,
    # Dangote Group, Kubota, Komatsu, Olympus, Ayala, San Miguel; no bare Etihad, IndiGo, Tinkoff,
    # Beeline, Lotte, JSC, USC or IOC aliases
    ("Shell companies in Hong Kong bought the chips.", "org:shell"),
    ("Recruit engineers from Taiwan, the ministry said.", "org:recruit-holdings"),
    ("Central banks bought more gold.", "org:central-group"),
    ("Indigo dye is made in Gujarat.", "org:interglobe-aviation"),
    ("Beeline routes to the factory were closed.", "org:veon"),
    ("Etihad Rail will carry the containers.", "org:etihad-airways"),
    ("Lotte Verbeek joined the board of ASML.", "org:lotte-group"),
    ("The rule cites 50 U.S.C. 4817 as its authority.", "org:usc"),
    ("JSC Mikron was added to the list.", "org:julich-supercomputing-centre"),
    ("Aliko Dangote said the refinery would export fuel.", "org:dangote-group"),
    # session 9 (kb9): names that start a sentence as ordinary words
    ("Two sigma above the mean is a rare event.", "org:two-sigma"),
    ("Vast space in the warehouse stood empty.", "org:vast-space"),
    ("Unusual machines were seen at the port.", "org:unusual-machines"),
    ("Quantum motion sensors were tested in the lab.", "org:quantum-motion"),
    ("He walked down State Street after the meeting.", "org:state-street"),
    # a university name that begins a longer one is not a record (Shanghai University of Finance...)
    (
        "Researchers at Shanghai University of Finance and Economics wrote the report.",
        "org:shanghai-university",
    ),
]


@pytest.mark.parametrize(("text", "entity_id"), COMMON_WORD_CASES)
def test_entities_kb_orgs_common_word_is_no_company(
    facts: Callable[..., Any], text: str, entity_id: str
) -> None:
    doc = facts(text)
    assert entity_id not in {e.id for e in doc.entities}


@pytest.mark.parametrize(
    ("text", "person", "brand"),
    [
        ("Zhang Hongqi, an engineer, said the plan was sound.", "Zhang Hongqi", "Hongqi"),
        ("Aito Yamada spoke after lunch.", "Aito Yamada", "Aito"),
    ],
)
def test_a_family_name_with_a_brand_is_a_person(
    facts: Callable[..., Any], text: str, person: str, brand: str
) -> None:
    found = {e.name: e.type.value for e in facts(text).entities}
    assert found.get(person) == "PERSON" and brand not in found, found


def test_the_brand_alone_stays_a_company(facts: Callable[..., Any]) -> None:
    found = {e.name: e.type.value for e in facts("FAW's Hongqi brand sold more cars.").entities}
    assert found.get("Hongqi") == "ORG", found
