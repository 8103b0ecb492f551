"""The words demo data is made of, per language: names, interviewers' notes, reasons.

Names only: nothing here describes gender, age or any other protected trait, and no note uses
one. Templates may hold the slots {pct} {pct2} (percentages, pct2 > pct), {n} (a count) and
{years}, filled with plausible numbers.
"""
from __future__ import annotations

ZH_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "万钱严覃武戴莫孔向汤")
ZH_GIVEN = (
    "子涵 浩然 宇轩 欣怡 思远 俊杰 雨桐 梓萱 晓峰 志强 建华 佳琪 文博 一鸣 诗雨 嘉怡 明轩 天宇 "
    "晨阳 若曦 家豪 晓燕 海涛 丽华 春梅 国强 立新 秀英 玉兰 伟东 振宇 子豪 欣然 雅琪 思琪 博文 "
    "俊熙 泽宇 梦瑶 紫涵 一诺 安琪 晓东 建军 红梅 志明 永强 慧敏 静怡 宏伟 雪梅 婉清 子墨 浩宇 "
    "可馨 书瑶 铭轩 皓轩 晓丽 小明 小红 佳怡 鹏飞 文静 金龙 海燕 "
    "伟 芳 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 霞 平 刚 鹏 飞 辉 宇 浩 凯 晨 欣 婷 雪 琳 "
    "佳 颖 斌 亮 峰 健 龙 阳 帆 瑞").split()

EN_FIRST = (
    "James Olivia Liam Emma Noah Ava Ethan Sophia Lucas Mia Mason Amelia Logan Harper Aiden "
    "Evelyn Jack Abigail Ryan Emily Daniel Ella Owen Grace Leo Chloe Henry Zoe Samuel Lily "
    "Nathan Hannah Isaac Nora Caleb Ruby Dylan Maya Adam Leah Connor Alice Tyler Jade Aaron Ivy "
    "Jordan Morgan Taylor Casey Riley Jamie Alex Sam Robin Kai Priya Arjun Wei Mei Omar Fatima "
    "Kwame Amara Yuki Hiro Tomas Nina").split()
EN_LAST = (
    "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin "
    "Jackson Thompson White Harris Clark Lewis Walker Hall Allen Young King Wright Scott Green "
    "Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Parker "
    "Collins Edwards Stewart Morris Murphy Cook Rogers Cooper Patel Nguyen Kim Chen Singh "
    "Okafor Hughes Price Bennett Wood Barnes Ross Henderson Coleman Jenkins Perry Powell Long "
    "Patterson Reed Bailey Bell Murray Fraser Walsh Byrne Doyle").split()

ES_FIRST = (
    "María José Juan Carmen Antonio Ana Manuel Laura Francisco Lucía David Marta Javier Elena "
    "Daniel Paula Carlos Sara Miguel Cristina Alejandro Isabel Rafael Pilar Pablo Raquel Sergio "
    "Rocío Jorge Beatriz Alberto Silvia Luis Andrea Fernando Alba Diego Irene Álvaro Nuria "
    "Adrián Julia Iván Clara Rubén Noelia Valeria Mateo Camila Santiago Ximena Emiliano Renata "
    "Joaquín Guadalupe Ignacio Inés").split()
ES_LAST = (
    "García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz "
    "Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez "
    "Vázquez Ramos Gil Ramírez Serrano Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz "
    "Rubio Marín Sanz Núñez Iglesias Medina Garrido Cortés Castillo Santos Lozano Guerrero Cano "
    "Prieto Méndez Cruz Flores Herrera Peña León Márquez Cabrera Vega Campos Fuentes Carrasco "
    "Reyes Aguilar").split()

INTERVIEWERS = {
    "zh": ("王磊", "陈静", "刘洋", "赵敏", "孙浩", "周婷"),
    "en": ("Sarah Mitchell", "Tom Baker", "Priya Shah", "Mark Evans", "Lena Ortiz", "Chris Walker"),
    "es": ("Lucía Torres", "Javier Ruiz", "Marta Gil", "Andrés Vega", "Elena Prieto", "Pablo Rey"),
}

# Answer notes by (dimension, how it went): good (4-5), poor (1-2), so-so (3).
ANSWER_NOTES = {
    "zh": {
        ("attitude", "good"): (
            "讲到售后纠纷先安抚买家再查物流，很有耐心", "说起双十一连续加班很坦然，觉得是成长",
            "对上家公司心存感谢，离职原因讲得客观", "主动提到自己做错过一次改价，当天就补救了",
            "反复追问同一个问题，语气始终平和", "愿意从打包、客服轮岗做起，先熟悉整条链路",
            "提到帮同事补位处理中差评，没有抱怨", "对刷单明确说不做，理由讲得清楚",
            "自己买了课学生意参谋，学习意愿强", "目标是三年内带一个{n}人的小组，方向和公司契合"),
        ("attitude", "poor"): (
            "谈前公司时大段抱怨老板，没说出收获", "问到大促加班明显抵触",
            "说差评买家都是事多，轻视顾客", "失败的例子全是美工和运营的错",
            "面试迟到没有提前说，也没解释", "对岗位不太了解，也没兴趣追问",
            "觉得刷好评很正常，不以为然", "第三次追问时有点不耐烦"),
        ("ability", "good"): (
            "上家店铺转化率从{pct}%做到{pct2}%，能说清原因",
            "熟悉千牛快捷短语和旺旺分流，日接待{n}人",
            "直通车关键词出价思路清晰，ROI算得明白", "会用生意参谋拆流量来源，找得到问题",
            "详情页改版后点击率提升明显，拿出了前后对比", "退换货流程和运费险规则讲得很清楚",
            "打单、配货用过ERP，说出了差错率控制方法", "聚划算报名流程熟，知道活动门槛",
            "直播间控场不错，能接住弹幕提问", "客单价从{n}元提到更高，关联销售有套路"),
        ("ability", "poor"): (
            "说不出具体数据，转化率概念模糊", "直通车只会开不会调，看不懂报表",
            "PS基础一般，主图排版比较乱", "DSR评分和平台规则不太清楚",
            "只说我们团队，说不清自己做了什么", "千牛没怎么用过，打字速度偏慢",
            "活动复盘只有感觉，没有数字"),
        ("any", "so-so"): (
            "回答偏短，需要追问才展开", "举了双十一的例子，但细节不多", "思路还行，经验偏少",
            "有{years}年淘宝店经验，主要做日常上新", "讲得比较笼统，可以二面再确认"),
        ("any", "skipped"): ("没有相关经历，跳过", "时间不够，下次再问", "前面已经聊到，跳过"),
    },
    "en": {
        ("attitude", "good"): (
            "Calmed the buyer first in the after-sale dispute, then checked the tracking: patient",
            "Took Double 11 overtime in stride, saw it as a chance to learn",
            "Grateful to the last company; gave a fair reason for leaving",
            "Owned a pricing mistake and fixed it the same day",
            "Stayed calm when I asked the same question a third time",
            "Happy to start by packing and chat support to learn the whole chain",
            "Covered for a colleague on bad reviews without complaint",
            "Clear no to fake orders, and explained why",
            "Paid for a Business Advisor course on their own",
            "Wants to lead a team of {n} within three years; fits where we are going"),
        ("attitude", "poor"): (
            "Long complaints about the last boss, named nothing learned",
            "Pushed back hard on peak-sale overtime", "Called buyers who leave bad reviews fussy",
            "Every failure was the designer's or operations' fault",
            "Late without a message and no explanation", "Knew little about the job, asked nothing",
            "Thinks buying reviews is normal", "Got impatient at the third follow-up"),
        ("ability", "good"): (
            "Raised conversion from {pct}% to {pct2}% and can say why",
            "Knows Qianniu quick replies and chat routing; handled {n} chats a day",
            "Clear keyword bidding logic for Zhitongche paid search; knows the ROI",
            "Splits traffic sources in Business Advisor and finds the leak",
            "Detail-page redesign lifted click-through; showed before and after",
            "Explains returns, exchanges and shipping insurance rules clearly",
            "Used an ERP for labels and picking; has a method to keep errors down",
            "Knows the Juhuasuan group-buy sign-up and its thresholds",
            "Good control of the live-stream room, handles viewers' questions",
            "Raised average order value to {n} yuan with bundles"),
        ("ability", "poor"): (
            "No numbers; vague about conversion rate",
            "Can start a paid-search plan, cannot tune it",
            "Weak Photoshop; main images look cluttered",
            "Unsure about DSR ratings and platform rules",
            "Only 'we', could not say what they did personally",
            "Has barely used Qianniu; types slowly", "Campaign review was all feeling, no numbers"),
        ("any", "so-so"): (
            "Short answers; needed prompting", "Gave a Double 11 example, thin on detail",
            "Sound thinking, little experience",
            "{years} years in a Taobao shop, mostly routine listings",
            "Rather general; confirm in a second interview"),
        ("any", "skipped"): ("No relevant experience, skipped", "Out of time, ask next round",
                             "Already covered earlier, skipped"),
    },
    "es": {
        ("attitude", "good"): (
            "En la disputa de posventa calmó primero al comprador y luego revisó el envío",
            "Habla con calma de las horas extra del 11.11, lo ve como aprendizaje",
            "Agradecido con su empresa anterior; explica su salida con objetividad",
            "Reconoció un error de precio y lo corrigió el mismo día",
            "Mantuvo la calma cuando repetí la misma pregunta",
            "Dispuesto a empezar en empaque y chat para conocer toda la cadena",
            "Cubrió a un compañero con las reseñas negativas sin quejarse",
            "Dice que no a los pedidos falsos y explica por qué",
            "Pagó por su cuenta un curso de Business Advisor",
            "Quiere liderar un equipo de {n} en tres años; encaja con la empresa"),
        ("attitude", "poor"): (
            "Se quejó largo rato del jefe anterior, sin mencionar nada aprendido",
            "Rechazó de plano las horas extra de campaña",
            "Dice que quien deja una mala reseña es un cliente complicado",
            "Todos los fracasos fueron culpa del diseñador o de operaciones",
            "Llegó tarde sin avisar ni explicar", "Sabe poco del puesto y no preguntó nada",
            "Le parece normal comprar reseñas", "Se impacientó a la tercera repregunta"),
        ("ability", "good"): (
            "Subió la conversión del {pct}% al {pct2}% y sabe explicar por qué",
            "Domina las respuestas rápidas de Qianniu; atendía {n} chats al día",
            "Lógica clara de pujas en Zhitongche; sabe calcular el ROI",
            "Desglosa las fuentes de tráfico en Business Advisor y encuentra el problema",
            "El rediseño de la ficha subió los clics; mostró el antes y el después",
            "Explica con claridad devoluciones, cambios y el seguro de envío",
            "Usó un ERP para guías y preparación; sabe cómo bajar los errores",
            "Conoce la inscripción a Juhuasuan y sus requisitos",
            "Buen control de la transmisión en vivo, responde los comentarios",
            "Subió el ticket medio a {n} yuanes con ventas cruzadas"),
        ("ability", "poor"): (
            "No da cifras; la tasa de conversión le resulta vaga",
            "Sabe abrir una campaña de pago, no ajustarla",
            "Photoshop flojo; las imágenes principales se ven recargadas",
            "No tiene claras la calificación DSR ni las reglas de la plataforma",
            "Solo habla de 'nosotros', no de lo que hizo él",
            "Casi no ha usado Qianniu; escribe despacio",
            "El análisis de la campaña fue pura intuición, sin números"),
        ("any", "so-so"): (
            "Respuestas cortas; hubo que repreguntar",
            "Dio un ejemplo del 11.11 con pocos detalles",
            "Buen criterio, poca experiencia",
            "{years} años en una tienda de Taobao, sobre todo altas de productos",
            "Bastante general; confirmar en una segunda entrevista"),
        ("any", "skipped"): ("Sin experiencia en esto, se omitió", "Sin tiempo, preguntar en la "
                             "próxima ronda", "Ya se habló antes, se omitió"),
    },
}

LISTEN_NOTES = {
    "zh": ("自我介绍条理清楚，重点讲了上家店铺的运营数据", "自我介绍偏长，讲了很多和岗位无关的经历",
           "介绍时主动提到做过售后和中差评处理", "说话简洁，提到熟悉千牛和直通车",
           "自我介绍和简历时间对得上，第一印象基本成立", "比较紧张，但讲到大促经历时放开了"),
    "en": ("Clear self-introduction, led with the last shop's numbers",
           "Long introduction with much that has nothing to do with the job",
           "Mentioned after-sale and bad-review handling unprompted",
           "Brief; says they know Qianniu and paid search",
           "Dates match the CV; first impression holds so far",
           "Nervous at first, opened up when talking about big sales"),
    "es": ("Presentación clara, empezó con las cifras de su última tienda",
           "Presentación larga, con mucho que no tiene que ver con el puesto",
           "Mencionó por su cuenta la posventa y las reseñas negativas",
           "Breve; dice que conoce Qianniu y la búsqueda pagada",
           "Las fechas coinciden con el currículum; la primera impresión se mantiene",
           "Nervioso al principio, se soltó al hablar de las grandes campañas"),
}

FREE_NOTES = {
    "zh": ("可以安排试岗一天看看实际接待", "适合店铺目前缺的踏实型", "二面请运营总监再聊数据",
           "期望薪资略高于预算", "能接受早晚班", "作品集里的详情页不错，可以再要几张主图"),
    "en": ("Could do a one-day trial on live chats", "The steady type our shop is missing",
           "Second round with the operations director on data",
           "Pay expectation a bit above budget",
           "Fine with early and late shifts",
           "Good detail pages in the portfolio; ask for main images"),
    "es": ("Podría hacer un día de prueba en el chat",
           "El perfil constante que le falta a la tienda",
           "Segunda ronda con el director de operaciones sobre datos",
           "Expectativa salarial algo por encima del presupuesto",
           "Acepta turnos de mañana y tarde",
           "Buenas fichas en el portafolio; pedir imágenes principales"),
}

REASONS = {
    "zh": {"hire": ("态度和能力都达标，尽快发录用通知", "数据意识强，和团队风格合得来"),
           "train": ("态度好，能力可以带，安排师傅带三个月", "肯学肯干，先从基础岗位培养"),
           "hold": ("能力不错但态度有顾虑，暂缓", "先核实离职原因再定"),
           "reject": ("态度和能力都不符合岗位要求", "与岗位匹配度低，礼貌告知结果")},
    "en": {"hire": ("Attitude and ability both clear the bar; make an offer soon",
                    "Strong with data and fits the team's style"),
           "train": ("Good attitude, ability can be coached; three months with a mentor",
                     "Willing to learn; start in a basic role"),
           "hold": ("Capable, but attitude concerns; on hold",
                    "Check the reason for leaving first"),
           "reject": ("Neither attitude nor ability fit the role",
                      "Low fit for the job; tell them promptly and politely")},
    "es": {"hire": ("Actitud y capacidad cumplen; hacer oferta pronto",
                    "Maneja bien los datos y encaja con el equipo"),
           "train": ("Buena actitud, la capacidad se puede formar; tres meses con mentor",
                     "Con ganas de aprender; empezar en un puesto básico"),
           "hold": ("Capaz, pero con dudas de actitud; en espera",
                    "Verificar primero el motivo de salida"),
           "reject": ("Ni la actitud ni la capacidad encajan con el puesto",
                      "Poca afinidad con el puesto; avisar pronto y con cortesía")},
}

STATUS_NOTES = {
    "zh": {"hired": ("已入职", "下周一到岗"), "declined": ("已婉拒", "候选人接受了其他机会")},
    "en": {"hired": ("Started work", "Starts next Monday"),
           "declined": ("Turned down politely", "Accepted another offer")},
    "es": {"hired": ("Ya se incorporó", "Empieza el próximo lunes"),
           "declined": ("Se le avisó con cortesía", "Aceptó otra oferta")},
}

CANDIDATE_NOTES = {
    "zh": ("同事内推，做过天猫旗舰店", "简历附了详情页作品", "可以随时到岗", "有直播带货经验",
           "之前做过仓库打包组长"),
    "en": ("Referred by a colleague; worked in a Tmall flagship store", "CV includes detail pages",
           "Available at once", "Has live-selling experience", "Led a packing team before"),
    "es": ("Recomendado por un compañero; trabajó en una tienda oficial de Tmall",
           "El currículum incluye fichas de producto", "Disponible de inmediato",
           "Tiene experiencia en venta en vivo", "Antes dirigió un equipo de empaque"),
}

ADHOC_QUESTIONS = {
    "zh": {"note": ("最快什么时候可以到岗？", "对上班通勤时间有什么要求吗？"),
           "attitude": ("如果买家连续三次问同一个问题，你怎么回？",
                        "大促期间连续加班一周，你怎么调整？"),
           "ability": ("给你一个转化率下降的链接，你先看哪几个数据？",
                       "一张主图点击率低，你会怎么改？")},
    "en": {"note": ("How soon could you start?", "Is the commute to our office workable for you?"),
           "attitude": ("A buyer asks the same thing three times: how do you answer?",
                        "A week of overtime during a big sale: how do you cope?"),
           "ability": ("A listing's conversion dropped: which numbers do you look at first?",
                       "A main image has a low click-through rate: what do you change?")},
    "es": {"note": ("¿Cuándo podría empezar como muy pronto?",
                    "¿Le resulta viable el trayecto hasta la oficina?"),
           "attitude": ("Un comprador pregunta lo mismo tres veces: ¿cómo respondes?",
                        "Una semana de horas extra en campaña: ¿cómo lo llevas?"),
           "ability": ("Bajó la conversión de un producto: ¿qué cifras miras primero?",
                       "Una imagen principal tiene pocos clics: ¿qué cambias?")},
}

# A hiring decision taken against the recommendation, with the reason the person deciding gave.
OVERRIDE_REASONS = {
    "zh": {"hire": "能力突出、岗位急缺；已当面谈过态度问题，试用期三个月重点考核配合度",
           "hold": "面试官意见不一，先安排一次试岗再决定",
           "reject": "分数达标，但背景核实时说法对不上，暂不录用"},
    "en": {"hire": "Exceptional skills and an urgent gap; the attitude concern was discussed "
                   "face to face, and the three-month probation reviews teamwork first",
           "hold": "The panel is split; a trial day first, then we decide",
           "reject": "The scores clear the bar, but the reference check did not match their "
                     "account; not hiring for now"},
    "es": {"hire": "Capacidad excepcional y un puesto urgente; se habló en persona del problema "
                   "de actitud y el periodo de prueba de tres meses evaluará primero el trabajo "
                   "en equipo",
           "hold": "El panel no coincide; primero un día de prueba y luego decidimos",
           "reject": "Las puntuaciones cumplen, pero la comprobación de referencias no coincide "
                     "con lo que contó; por ahora no se contrata"},
}
