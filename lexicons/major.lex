# 重大敏感或涉及全县的事项（第九条）：草稿由主办单位主要领导审核签发，留言上报请示。
@category major
@draft    principal_leader
@comment  escalate
@severity high
@article  第九条
@message  涉及重大敏感或全县性事项（“{term}”），须由主要领导审核签发
@comment_message 留言涉及重大敏感事项（“{term}”），须上报请示后处理

人事任免
干部任免
任前公示
人事调整
重大决策
# 第八十四轮：jieba 把“重大行政决策”切成 重大/行政/决策，“重大决策”跨词
重大行政决策
重大事项
民族宗教
# 第五十六轮：jieba 把“民族宗教政策”切成 民族/宗教政策，词界检查会丢掉“民族宗教”
民族宗教政策
宗教事务
宗教活动
宗教活动场所
宗教场所
宗教仪式
宗教团体
法会
佛教协会
伊斯兰教协会
基督教协会
天主教爱国会
# 第二十三轮：宗教团体的简称和佛事（基督教两会、开光）
基督教两会
天主教两会
开光仪式
开光法会
# 第三十二轮：jieba 把“大法会”切成 大法/会，“法会”不成词
大法会
# 第三十二轮：全县宗教工作会议、藏传佛教寺庙管理
宗教工作会议
藏传佛教寺庙
任免
决定任命 | boundary=substring
拟任命 | boundary=substring
任命通知
免职决定
# 第二十轮：县里任免的行文（任命某某为县某局局长、免去某某的县某局局长职务）；
# 村、乡、学校的任职是所在单位的事，不列
任命~为县 | boundary=substring
免去~县~职务 | boundary=substring
# 不写“任命”的任免行文（杨丽华同志任县发展和改革局局长、某某同志不再担任县某局局长职务）
同志任县 | boundary=substring
同志不再担任县 | boundary=substring
# 第五十四轮：写出县名的任职（李正国同志任维西县委书记）
同志任维西县 | boundary=substring
同志不再担任维西县 | boundary=substring
# 第八十四轮：乡镇党政正职由县里任免（李明同志任塔城镇党委书记，免去某某同志塔城镇镇长职务，
# 辞去永春乡乡长职务，选举某某为保和镇人民政府镇长）；只列正职并写出乡镇名（“同志任劳任怨协助镇长”不是任职）；
# 村、学校的任职仍不列
同志任~镇党委书记 | boundary=substring
同志任~乡党委书记 | boundary=substring
免去~镇镇长职务 | boundary=substring
免去~乡乡长职务 | boundary=substring
免去~镇党委书记职务 | boundary=substring
免去~乡党委书记职务 | boundary=substring
辞去~镇镇长职务 | boundary=substring
辞去~乡乡长职务 | boundary=substring
为~镇人民政府镇长 | boundary=substring
为~乡人民政府乡长 | boundary=substring
同志任~镇镇长 | boundary=substring
同志任~乡乡长 | boundary=substring
选举~为~镇镇长 | boundary=substring
选举~为~乡乡长 | boundary=substring
不再担任~镇党委书记 | boundary=substring
不再担任~乡党委书记 | boundary=substring
不再担任~镇镇长职务 | boundary=substring
不再担任~乡乡长职务 | boundary=substring
当选~镇人民政府镇长 | boundary=substring
当选~乡人民政府乡长 | boundary=substring
# 第二十三轮：不写“任免”的人事安排（调整部分乡镇党政主要负责人、提名某某为副县长候选人）
调整~主要负责人
调整~乡镇~领导班子
调整~部门~领导班子
乡镇领导班子调整
部门领导班子调整
提名~为县~候选人
# 第四十七轮：会议选举县长、人大常委会主任
选举~为县 | boundary=substring
当选为县 | boundary=substring
# 第六十六轮：写出县名的选举和辞职（选举李某某为维西傈僳族自治县人民政府县长、当选维西县人民政府县长、
# 辞去维西县人民政府县长职务）、选举产生县政府领导班子、州委关于县委主要领导调整的决定
# 第六十七轮：只认县里的职务（当选维西县道德模范、选举某某为维西县摄影家协会主席、村委会主任、
# 机关工会委员会、县一中主要领导调整都不是）；县名全称把两头隔得远，单列
选举~为维西~县长 | boundary=substring
选举~为维西傈僳族自治县~县长 | boundary=substring
选举~为维西~人大常委会主任 | boundary=substring
选举~为维西~政协主席 | boundary=substring
选举~为我县~县长 | boundary=substring
当选维西~县长 | boundary=substring
当选维西傈僳族自治县~县长 | boundary=substring
当选为维西~县长 | boundary=substring
当选县人民政府县长 | boundary=substring
当选为县人民政府县长 | boundary=substring
当选县人民政府副县长 | boundary=substring
当选为县人民政府副县长 | boundary=substring
辞去~县长职务 | boundary=substring
辞去~县长的职务 | boundary=substring
辞去维西傈僳族自治县~县长职务 | boundary=substring
辞去~县委书记职务 | boundary=substring
辞去~县人大常委会主任职务 | boundary=substring
辞去~县政协主席职务 | boundary=substring
# 第六十八轮：县名全称隔开的免职、“中共”开头的任职、聘任县直单位负责人
免去~维西傈僳族自治县~职务 | boundary=substring
同志任中共维西 | boundary=substring
同志任中共县 | boundary=substring
选举产生了新一届县人民政府 | boundary=substring
县委主要领导调整
县政府主要领导调整
# 第五十轮：试用期满的任职（试用期满，经考核合格，正式任职）；不列“试用期满的公示”：讲公示办法的稿件也这么说
正式任职
民族关系
边境管控
全县性

# 允许词：村组自治中的“重大事项”（四议两公开）不是全县性事项
!村级重大事项
!组级重大事项
!村组重大事项
!村内重大事项
!村务重大事项
# 第五十九轮：重申上级的决策部署、请示报告制度，不是县里的决策
# 县里自己作出的重大决策部署照常命中（第六十轮）
!党中央~重大决策部署
!中央重大决策部署
!国务院重大决策部署
!省委~重大决策部署
!州委~重大决策部署
!落实~重大决策部署
!重大事项请示报告
# 第五十九轮：不写“任前公示”“任命”的拟任人选公示（拟提拔任用以下同志、拟任县某局局长、拟任某乡党委书记）
拟提拔
拟任
任职前公示
# 招投标里的“拟任本项目的项目负责人”
!拟任本项目
# 公务员录用公示的“拟任职位”（第六十三轮）
!拟任职位
!拟任项目
!拟任本招标项目
!拟任本工程
# 第六十六轮：县领导被查的传言（听说县长被抓了、县委书记被双规了、副县长跑路了）和撤并县的传言；县长、书记常在副县长、县委书记里，按子串匹配
# 第六十七轮：职务紧挨着“被抓”等（书记说偷牛的贼被抓了、书记家的狗被带走了、以落马干部为镜鉴都不是）；被抓拍是交通抓拍
县长被抓 | boundary=substring
书记被抓 | boundary=substring
县长被双规 | boundary=substring
书记被双规 | boundary=substring
县长被~带走 | boundary=substring
书记被~带走 | boundary=substring
县长被查 | boundary=substring
书记被查 | boundary=substring
县长被留置 | boundary=substring
书记被留置 | boundary=substring
县长落马 | boundary=substring
书记落马 | boundary=substring
县长跑路了 | boundary=substring
书记跑路了 | boundary=substring
!书记被抓拍
!县长被抓拍
# 体检查出病（书记被查出患有肺癌）；“某书记被查出问题”仍算（第七十七轮）
!书记被查出患
!书记被查出病
!书记被查出癌
!书记被查出肺癌
!书记被查出肿瘤
!书记被查出高血压
!书记被查出糖尿病
!书记被查出心脏病
!书记被查出胃癌
!书记被查出肝癌
!书记被查出白血病
!书记被查房
!县长被查房
县要撤了
要撤县
维西要撤了
要并入香格里拉
# 第六十八轮：宗教界人士、教职人员、宗教场所的活动（弥撒活动）、民族工作会议；
# 不列清真寺、教堂这些建筑：游记和城市介绍里常见（伊斯坦布尔的清真寺）
宗教界人士
宗教界
宗教教职人员
弥撒活动
民族工作会议
# 第八十六轮：实施征收的决定、宗教活动（祈福法事、信教群众、活佛坐床）。不列“县城总体规划”“房屋征收（的）决定”
# （答复里常引用已有的规划和决定、告知复议权利）、“撤乡设镇”（乡镇简介里的沿革）、“决定聘任”（聘任志愿监督员）、
# “同意撤销~乡”（同意撤销某乡合作社的注册登记）
决定对~实施征收
信教群众
法事
活佛
坐床
# 第八十六轮：党员干部报告婚丧喜庆等个人重大事项是纪律提醒（不列“!正式任职于”“!重大事项报告”“!重大事项~如实报告”：
# 会放过县委决定的任职、政府向人大常委会的重大事项报告）
!婚丧喜庆~重大事项
# 第八十六轮：撤并县的传言（维西要并到香格里拉了）
要并到香格里拉
并到香格里拉
