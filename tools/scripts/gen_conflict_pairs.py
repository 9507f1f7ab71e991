#!/usr/bin/env python3
"""Regenerates tests/data/conflict_pairs.jsonl from hand-picked sentences of the example
articles (texts read from shared/corpus/examples/gold.jsonl) and of the Wikinews corpus.
Edit the pair list below, then run it from the source root and review the diff:
  gen_conflict_pairs.py [examples/gold.jsonl] [wikinews/articles.jsonl]"""
import json, sys
EX1='examples/2016-09-18-deir-ezzor-airstrike.txt'
EX2='examples/afp-syria-deconfliction-muscat-daily.txt'
EX3='examples/afp-syria-deconfliction-arab-today.txt'
W='https://en.wikinews.org/wiki/'
MAG=W+'Magnitogorsk_apartment_building_collapses_after_explosion,_dozens_dead'
NAV=W+'Germany_says_Alexei_Navalny_poisoned_with_Novichok'
CHU=W+'Australian_woman_claims_Church_of_Scientology_imprisoned_her_for_twelve_years'
JUN=W+'On_the_campaign_trail_in_the_USA,_June_2020'
gold={}
for l in open(sys.argv[1] if len(sys.argv) > 1 else '../shared/corpus/examples/gold.jsonl'):
    d=json.loads(l)
    for a in d['attributions']:
        gold[a['id']]=dict(content=a['content']['text'],speaker=a['speaker'] or a['source']['text'],cue=a['cue']['text'],said_on=d['date'] or '',src={'2016':EX1,'afp-syria-deconfliction-muscat-daily.txt':EX2}.get(d['doc_id'][:4],None) or (EX2 if 'muscat' in d['doc_id'] else EX3)+'#'+a['id'])
        gold[a['id']]['src']=('examples/'+d['doc_id'])+'#'+a['id']
        gold[a['id']]['doc']=d['doc_id']; gold[a['id']]['offset']=a['content']['start']
def g(i):
    x=dict(gold[i]); src=x.pop('src'); return x,src
WIKINEWS=sys.argv[2] if len(sys.argv) > 2 else '../shared/corpus/wikinews/articles.jsonl'
ARTICLES={}
for l in open(WIKINEWS, encoding='utf-8'):
    r=json.loads(l); ARTICLES[r['id']]=r['text']
def c(content,speaker,cue,said_on='',doc=None):
    d=dict(content=content,speaker=speaker,cue=cue)
    if said_on: d['said_on']=said_on
    if doc:  # byte offset of the content in the article, for within-document references
        text=ARTICLES[doc].encode('utf-8'); at=text.find(content.encode('utf-8'))
        assert at >= 0, (doc, content)
        d['doc']=doc; d['offset']=at
    return d
pairs=[]
def P(pid,a,sa,b,sb,exp,note):
    pairs.append(dict(id=pid,a=a,b=b,expected=exp,source_a=sa,source_b=sb,note=note))
def PG(pid,x,y,exp,note):
    a,sa=g(x); b,sb=g(y); P(pid,a,sa,b,sb,exp,note)
# --- positives from the examples (gold)
PG('ex-a11-a10','a11','a10','rebuts','gold: Power answers Zakharova')
PG('ex-a12-a10','a12','a10','contradicts','gold: no evidence of colluding vs defending IS')
PG('ex-a12-a09','a12','a09','contradicts','gold: no evidence of colluding vs helping')
PG('ex-a15-a14','a15','a14','figures_differ','gold: >60 vs >=90 soldiers killed, compatible')
PG('ex-m03-m02','m03','m02','denies','gold: denied targeting vs bombing by Russian warplanes')
PG('ex-m03-m04','m03','m04','denies','gold: denied targeting vs the Russians knew')
PG('ex-t03-m02','t03','m02','denies','the same denial across the two AFP copies')
# --- negatives from the examples
PG('ex-a09-a10','a09','a10',None,'agreement: helping vs defending IS, both asserted')
PG('ex-m02-t02','m02','t02',None,'repetition: the two AFP copies')
PG('ex-m03-m07','m03','m07',None,'accidental harm is not what was denied')
PG('ex-m03-m01','m03','m01',None,'the accusation is an embedded report, not asserted by Dunford')
PG('ex-a12-a13','a12','a13',None,'same relation class, other object (rebel groups, Assad)')
PG('ex-a06-a02','a06','a02',None,'agreement: regret for the loss of life')
PG('ex-a11-a13','a11','a13',None,'"that claim" names Zakharova but a13 comes later in the article (positions not given here)')
PG('ex-a03-a01','a03','a01',None,'unrelated claims about Russia')
PG('ex-m08-m09','m08','m09',None,'same speaker, consistent')
PG('ex-m05-m06','m05','m06',None,'agreement: same speaker, paraphrase')
PG('ex-a14-a13','a14','a13',None,'unrelated claims about the strikes')
PG('ex-a04-a05','a04','a05',None,'accusation vs a counter-accusation on another matter')
# --- Wikinews positives
P('wn-navalny-dismiss',c('the claim from Berlin as groundless','The Russian government','dismiss','2020-09-02'),NAV,
  c('there was "unequivocal" proof he had been poisoned','German government','say','2020-09-02'),NAV,'rebuts','dismisses the claim from Berlin')
P('wn-church-never-forced',c('She was also never forced to perform labour in the engine room.','Church of Scientology','say'),CHU,
  c('her passport was taken away from her and she was forced to work in the engine room','Valeska Paris','claim'),CHU,'contradicts','negated same predicate and arguments')
P('wn-church-allegations',c('these allegations','Church of Scientology','deny',doc='gum-news_imprisoned'),CHU,
  c('her passport was taken away from her and she was forced to work in the engine room','Valeska Paris','claim',doc='gum-news_imprisoned'),CHU,'rebuts','reference without a name or shared words: resolved by document position and the allegation cue')
P('wn-magnitogorsk-figures',c('presumably between 36 and 40 people under the rubble','Yevgeny Zinichev','tell','2019-01-01'),MAG,
  c('68 people were missing','Oleg Klimov','indicate','2019-01-01'),MAG,'figures_differ','[36,40] trapped vs 68 missing, incompatible')
P('wn-hospitalised-figures',c('24 people have been hospitalised','Local officials','say'),W+'Bus_carrying_children_overturns_in_Babyninsky,_Russia;_at_least_seven_die',
  c('as many as 32 hospitalised','Agence France-Presse','report'),W+'Bus_carrying_children_overturns_in_Babyninsky,_Russia;_at_least_seven_die','figures_differ','24 vs up to 32 hospitalised')
P('wn-bolton-trump',c('Trump asked Chinese paramount leader Xi Jinping for help in the 2020 election','Donald Trump','deny','2020-06-23'),JUN,
  c('Trump asked Chinese paramount leader Xi Jinping for help in the 2020 election','John Bolton','claim','2020-06-23'),JUN,'denies','"Bolton claims Trump asked ..., which Trump denied"')
P('wn-voter-fraud',c("there is currently no evidence to support the President's claims of widespread voter fraud",'State and federal election officials','state'),W+'Violence_breaks_out_in_Washington,_DC_at_pro-Trump_protest',
  c('Joe Biden only won the elections due to voter fraud','Donald Trump','claim'),W+'Conservative_groups_hold_rally_in_Washington_D.C._claiming_U.S._elections_were_stolen_from_President_Trump','rebuts','no evidence for the claims')
P('wn-navalny-no-traces',c('no traces of poison were found in his blood or urine','Omsk hospital','report'),NAV,
  c('Russian opposition leader Alexei Navalny was poisoned with Novichok','German government','say'),NAV,'contradicts','negated finding vs positive finding, little shared wording')
P('wn-magnitogorsk-cause',c('gas, which leaks relatively frequently in Russia, was the trigger for the disaster','Federal Security Service','say'),MAG,
  c('FSB sources have ascribed the explosion to terrorism','Znak.com','claim'),MAG,'contradicts','exclusive causes (gas vs terrorism): needs world knowledge')
P('wn-zimbabwe-victory',c('victory in the presidential vote','Robert Mugabe','claim'),W+'Longtime_leader_of_Zimbabwe_Robert_Mugabe_dies_aged_95',
  c('victory in the presidential vote','Morgan Tsvangirai','claim'),W+'Longtime_leader_of_Zimbabwe_Robert_Mugabe_dies_aged_95','contradicts','both claimed victory: exclusive outcome')
# --- Wikinews negatives
P('wn-fsb-unrelated',c('the two explosions are related','FSB','deny'),MAG,
  c('this too was unrelated to the other explosion','Boris Dubrovsky','say'),MAG,None,'denial agreeing with a negative claim')
P('wn-magnitogorsk-dead-vs-rubble',c('A total of 39 are confirmed dead','officials','tell','2019-01-04'),MAG,
  c('presumably between 36 and 40 people under the rubble','Yevgeny Zinichev','tell','2019-01-01'),MAG,None,'different quantities: dead vs under the rubble')
P('wn-navalny-agree',c('Russian opposition leader Alexei Navalny was poisoned with Novichok','German government','say'),NAV,
  c('Navalny was poisoned','his associates','allege'),NAV,None,'agreement')
P('wn-covid-dates',c('there were at least 118,381 cases worldwide','CNBC','report','2020-03-13'),W+'National_Basketball_Association_suspends_season_due_to_COVID-19_concerns',
  c('there were at least 126,000 cases of COVID-19 worldwide','Associated Press','report','2020-03-14'),W+'World_Health_Organization_declares_COVID-19_pandemic',None,'growing counts reported a day apart by different outlets')
P('wn-armenia-azerbaijan',c('790 Azerbaijani soldiers had been killed, with 103 Artsakh deaths','Armenia','claim'),W+'On_the_campaign_trail_in_the_USA,_September_2020',
  c('to have killed about 2,300 Artsakh soldiers','Azerbaijan','claim'),W+'On_the_campaign_trail_in_the_USA,_September_2020',None,'different quantities: Azerbaijani vs Artsakh soldiers')
P('wn-elpaso-dayton',c('El Paso, Texas, with the death toll rising to 22 people on Monday','officials','report','2019-08-05'),W+'Gunman_opens_fire_in_El_Paso,_Texas_superstore;_more_than_20_dead',
  c('The El Paso shooting preceded another one less than thirteen hours later in Dayton, Ohio where ten people died.','Wikinews','report','2019-08-05'),W+'Gunman_opens_fire_in_El_Paso,_Texas_superstore;_more_than_20_dead',None,'different events: El Paso vs Dayton')
P('wn-christchurch',c('a mass shooting in Christchurch on Friday, which caused the death of at least 50 people','Wikinews','report','2019-03-17'),W+'New_Zealand_mosque_murder_suspect_appears_in_court_at_Christchurch',
  c('The first attack reportedly was in Al Noor Mosque at about 13:40 local time (0040 UTC), which left at least 42 people dead.','Wikinews','report','2019-03-17'),W+'New_Zealand_mosque_murder_suspect_appears_in_court_at_Christchurch',None,'different quantities: the whole shooting vs one mosque')
P('wn-bolton-unrelated',c('Bolton broke the law and "likes dropping bombs on people, and killing them."','Donald Trump','say','2020-06-23'),JUN,
  c('he would not vote for Trump or Biden but planned to write-in an alternate candidate instead','John Bolton','say','2020-06-23'),JUN,None,'unrelated claims about the same people')
P('wn-aviation-18',c('18 people died','Hardeep Singh Puri','say'),W+'Passenger_flight_crashes_upon_landing_at_Calicut_airport_in_India',
  c('There were 190 people on board, six of them crew members.','Wikinews','report'),W+'Passenger_flight_crashes_upon_landing_at_Calicut_airport_in_India',None,'different quantities: died vs on board')
P('wn-voter-fraud-agree',c("there is currently no evidence to support the President's claims of widespread voter fraud",'State and federal election officials','state'),W+'Violence_breaks_out_in_Washington,_DC_at_pro-Trump_protest',
  c("the president's claims of widespread voter fraud have not gained any momentum in the courts",'Wikinews','report'),W+'Violence_breaks_out_in_Washington,_DC_at_pro-Trump_protest',None,'two rejections of the same claim agree')
P('wn-fsb-gas-agree',c('gas, which leaks relatively frequently in Russia, was the trigger for the disaster','Federal Security Service','say'),MAG,
  c('A suspected gas leak led to an explosion','Wikinews','report'),MAG,None,'agreement on the cause')
P('wn-church-repeat',c('She certainly wasn\'t \'forced\' to be there.','Church of Scientology','say'),CHU,
  c('She was also never forced to perform labour in the engine room.','Church of Scientology','say'),CHU,None,'same speaker, same side')
P('wn-trump-bolton-deny-unrelated',c('Trump asked Chinese paramount leader Xi Jinping for help in the 2020 election','Donald Trump','deny','2020-06-23'),JUN,
  c('he would not vote for Trump or Biden but planned to write-in an alternate candidate instead','John Bolton','say','2020-06-23'),JUN,None,'a denial against an unrelated claim of the same person')
KH=W+'Fianc%C3%A9e_of_murdered_Saudi_journalist_demands_justice_at_UN_General_Assembly'
P('wn-khashoggi-agree',c('evidence supported his murder and dismemberment inside the consulate by Saudi agents','UN report','conclude'),KH,
  c('Khashoggi was murdered last October in the Saudi consulate in Istanbul, Turkey.','Wikinews','report'),KH,None,'agreement')
P('wn-khashoggi-denied',c('all claims that Khashoggi was slain','Saudi Arabia','deny'),KH,
  c('evidence supported his murder and dismemberment inside the consulate by Saudi agents','UN report','conclude'),KH,'denies','denied killing vs murder by Saudi agents: synonyms slain/murder, agent far from the event')
with open('tests/data/conflict_pairs.jsonl','w') as f:
    for p in pairs: f.write(json.dumps(p,ensure_ascii=False)+'\n')
print(len(pairs), sum(p['expected'] is None for p in pairs))
